import { describe, expect, test } from 'vitest';
import { hasChromium } from './browser';
import { useBrowserSession } from './session';

describe.skipIf(!hasChromium)('logging interactions in a browser', () => {
  const started = useBrowserSession({ jobs: false });

  test('logs a call with duration, outcome and a file on a person page and sees it on the timeline', { timeout: 60_000 }, async () => {
    const { server, page, context } = started();
    // The customer, made through the API with the browser's own session.
    const signIn = await context.request.post('/api/v1/auth/sign-in', { data: { email: server.owner.email, password: server.owner.password } });
    const { csrfToken } = (await signIn.json()) as { csrfToken: string };
    const created = await context.request.post('/api/v1/people', { data: { fullName: 'Trần Thị Gọi Điện', phones: [{ number: '0912 345 111' }] }, headers: { 'x-csrf-token': csrfToken } });
    expect(created.status()).toBe(201);
    const person = (await created.json()) as { id: string };

    await page.goto(`/customers/people/${person.id}`);
    await page.getByTestId('person-name').waitFor();

    await page.getByTestId('log-interaction').click();
    await page.getByTestId('log-interaction-call').click();
    const form = page.getByTestId('log-interaction-form');
    await form.waitFor();
    await page.getByTestId('interaction-duration').fill('3:05');
    await page.getByTestId('interaction-outcome').click();
    await page.getByRole('option', { name: 'Hẹn gọi lại' }).click();
    await page.getByTestId('interaction-summary-input').fill('Khách hỏi giá gói bảo trì, hẹn gọi lại chiều mai');
    const pdf = Buffer.from('%PDF-1.4\n% Báo giá bảo trì\n');
    await form.locator('input[type="file"]').setInputFiles({ name: 'Báo giá bảo trì.pdf', mimeType: 'application/pdf', buffer: pdf });
    await page.getByTestId('interaction-save').click();
    await form.waitFor({ state: 'detached' });

    // The timeline refreshes by itself: the call with its direction, channel, duration, outcome, who and the file.
    const entry = page.locator('[data-testid="timeline-entry"][data-kind="interaction"]').first();
    await entry.waitFor();
    expect(await entry.getByTestId('interaction-title').innerText()).toBe('Cuộc gọi đi');
    const facts = await entry.getByTestId('interaction-facts').innerText();
    expect(facts).toContain('Tổng đài (hotline)');
    expect(facts).toContain('3:05');
    expect(facts).toContain('Hẹn gọi lại');
    expect(await entry.getByTestId('interaction-summary').innerText()).toContain('gói bảo trì');
    expect(await entry.innerText()).toContain(server.owner.name);
    const link = entry.getByTestId('interaction-attachment');
    expect(await link.innerText()).toContain('Báo giá bảo trì.pdf');

    // The link downloads the very bytes, with the Vietnamese name.
    const href = (await link.getAttribute('href'))!;
    const download = await context.request.get(href);
    expect(download.status()).toBe(200);
    expect(download.headers()['content-type']).toBe('application/pdf');
    expect(decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(download.headers()['content-disposition']!)![1]!)).toBe('Báo giá bảo trì.pdf');
    expect((await download.body()).equals(pdf)).toBe(true);

    // The kind filter of the timeline narrows it to interactions.
    const timeline = page.getByTestId('timeline');
    await timeline.getByText('Tương tác', { exact: true }).click();
    const kinds = await page.locator('[data-testid="timeline-entry"]').evaluateAll((els) => els.map((el) => el.getAttribute('data-kind')));
    expect(kinds.length).toBeGreaterThan(0);
    expect(new Set(kinds)).toEqual(new Set(['interaction']));

    // Still there after a reload (it was saved, not only shown).
    await page.reload();
    await page.locator('[data-testid="timeline-entry"][data-kind="interaction"]').first().waitFor();
  });

  test('logs a visit on an organization page (no call fields), and a meeting on an employee page', { timeout: 60_000 }, async () => {
    const { page, context } = started();
    const session = await context.request.get('/api/v1/auth/session');
    const { csrfToken } = (await session.json()) as { csrfToken: string };
    const headers = { 'x-csrf-token': csrfToken };
    const org = (await (await context.request.post('/api/v1/organizations', { data: { name: 'Công ty TNHH Đông Á' }, headers })).json()) as { id: string };
    const employee = (await (await context.request.post('/api/v1/employees', { data: { fullName: 'Phan Thị Nhân Viên', startDate: '2024-01-01' }, headers })).json()) as { id: string };

    await page.goto(`/customers/organizations/${org.id}`);
    await page.getByTestId('organization-name').waitFor();
    await page.getByTestId('log-interaction').click();
    await page.getByTestId('log-interaction-visit').click();
    await page.getByTestId('log-interaction-form').waitFor();
    expect(await page.getByTestId('interaction-duration').count()).toBe(0); // only calls have a duration
    await page.getByTestId('interaction-summary-input').fill('Ghé văn phòng khách, giới thiệu gói mới');
    await page.getByTestId('interaction-save').click();
    await page.getByTestId('log-interaction-form').waitFor({ state: 'detached' });
    const visit = page.locator('[data-testid="timeline-entry"][data-kind="interaction"]').first();
    await visit.waitFor();
    expect(await visit.getByTestId('interaction-title').innerText()).toBe('Thăm khách hàng');

    await page.goto(`/internal/employees/${employee.id}`);
    const panel = page.getByTestId('employee-interactions');
    await panel.waitFor();
    await panel.getByTestId('log-interaction').click();
    await page.getByTestId('log-interaction-meeting').click();
    await page.getByTestId('interaction-summary-input').fill('Trao đổi mục tiêu quý IV');
    await page.getByTestId('interaction-save').click();
    await panel.locator('[data-testid="timeline-entry"][data-kind="interaction"]').first().waitFor();
    expect(await panel.getByTestId('interaction-summary').first().innerText()).toBe('Trao đổi mục tiêu quý IV');
  });
});
