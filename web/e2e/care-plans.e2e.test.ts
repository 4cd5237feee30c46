import { describe, expect, test } from 'vitest';
import { hasChromium } from './browser';
import { signInThroughForm, useBrowserSession } from './session';

describe.skipIf(!hasChromium)('care plans in a browser', () => {
  const session = useBrowserSession();

  test('a rule shows who it would act on before it is switched on, then acts once and the task is on the timeline', { timeout: 90_000 }, async () => {
    const { server, page } = session();
    const csrfToken = await signInThroughForm(page, server.owner, '/customers/people');
    const ids: string[] = [];
    for (const fullName of ['Nguyễn Thị Lan', 'Trần Minh Khoa']) {
      const res = await page.request.post('/api/v1/people', { data: { fullName }, headers: { 'x-csrf-token': csrfToken } });
      expect(res.ok()).toBe(true);
      ids.push(((await res.json()) as { id: string }).id);
    }

    // The customers area has a care plans tab.
    await page.getByTestId('tab-care-plans').click();
    await page.waitForURL((url) => url.pathname === '/customers/care-plans');
    await page.getByTestId('care-plan-create').click();
    await page.getByTestId('care-plan-name').fill('Chào mừng khách mới');
    await page.getByTestId('care-plan-trigger').click();
    await page.getByRole('option', { name: 'Sau khi tạo hồ sơ' }).click();
    await page.getByTestId('care-plan-days').fill('0');
    await page.getByTestId('care-plan-task-title').fill('Gọi chào mừng {{name}}');
    // The live preview counts the two customers created today.
    await page.locator('[data-testid=care-plan-preview-count][data-count="2"]').waitFor();
    expect(await page.getByTestId('care-plan-preview').innerText()).toContain('Nguyễn Thị Lan');
    await page.getByTestId('care-plan-save').click();

    // Saved off; switching it on asks first, with the count.
    const row = page.getByTestId('care-plan-row').filter({ hasText: 'Chào mừng khách mới' });
    await row.waitFor();
    expect(await row.getAttribute('data-enabled')).toBeNull();
    await row.getByTestId('care-plan-toggle').click({ force: true });
    const confirm = page.getByTestId('care-plan-enable-confirm');
    await expect.poll(async () => (await confirm.isEnabled()) && (await confirm.innerText())).toContain('2');
    await confirm.click();
    await page.locator('[data-testid=care-plan-row][data-enabled=true]').filter({ hasText: 'Chào mừng khách mới' }).waitFor();

    // Run now (as the scheduler would): two firings, and a second run adds none.
    await page.getByTestId('care-plans-run').click();
    await page.getByText('Đã chạy: 2 lượt chăm sóc mới').waitFor();
    await expect.poll(async () => row.getByTestId('care-plan-fired').innerText()).toBe('2');
    await page.getByTestId('care-plans-run').click();
    await page.getByText('Đã chạy: 0 lượt chăm sóc mới').waitFor();
    expect(await row.getByTestId('care-plan-fired').innerText()).toBe('2');

    // The task it made is on the customer's timeline.
    await page.goto(`/customers/people/${ids[0]}`);
    await page.getByText('Gọi chào mừng Nguyễn Thị Lan').first().waitFor();
  });
});
