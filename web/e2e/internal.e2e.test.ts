import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { APIRequestContext, Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { hasChromium, launchBrowser } from './browser';

// The contract of server/src/test/test-server.ts, loaded at run time (see shell.e2e.test.ts).
type TestServer = {
  url: string;
  workspaceId: string;
  owner: { email: string; password: string; name: string };
  close(): Promise<void>;
};
type TestServerModule = { startTestServer(): Promise<TestServer> };

const TEST_SERVER_MODULE = fileURLToPath(new URL('../../server/src/test/test-server.ts', import.meta.url));
const WEB_DIST_INDEX = fileURLToPath(new URL('../dist/index.html', import.meta.url));

const DEPARTMENT = 'Phòng Hành chính – Nhân sự';
const SERVICE = 'Cấp thẻ nhân viên';
/** A salary only HR and the owner may ever see, written the Vietnamese way. */
const SALARY = 12_345_678;
const SALARY_TEXT = /12\.345\.678\s₫/;

describe.skipIf(!hasChromium)('internal customers in a browser', () => {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  let owner: BrowserContext | undefined;
  let page: Page | undefined;
  const contexts: BrowserContext[] = [];
  /** Made by the first test: the owner's own employee record. */
  let employeeId = '';

  beforeAll(async () => {
    if (!existsSync(WEB_DIST_INDEX)) throw new Error('web/dist is missing: run `npm run build -w web` first.');
    const { startTestServer } = (await import(/* @vite-ignore */ TEST_SERVER_MODULE)) as TestServerModule;
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
    owner = await browser.newContext({ baseURL: server.url, viewport: { width: 1280, height: 800 } });
    owner.setDefaultTimeout(10_000);
    contexts.push(owner);
    page = await owner.newPage();
  }, 60_000);

  afterAll(async () => {
    await Promise.all(contexts.map((context) => context.close().catch(() => undefined)));
    await browser?.close();
    await server?.close();
  });

  const started = (): { server: TestServer; browser: Browser; page: Page } => {
    if (!server || !browser || !page) throw new Error('the test server or the browser did not start');
    return { server, browser, page };
  };

  const textOf = async (p: Page, testId: string): Promise<string> => {
    const locator = p.getByTestId(testId).first();
    await locator.waitFor();
    return (await locator.innerText()).trim();
  };

  /** Pick an option of a Mantine select (its options open in a portal). */
  const choose = async (p: Page, testId: string, option: string) => {
    await p.getByTestId(testId).click();
    await p.getByRole('option', { name: option }).first().click();
  };

  /** A state-changing API call with the page's session: cookie plus the CSRF header. */
  async function apiAs(request: APIRequestContext) {
    const session = (await (await request.get('/api/v1/auth/session')).json()) as { csrfToken: string };
    const send = async <T>(method: 'POST' | 'PATCH', path: string, data: unknown): Promise<T> => {
      const response = await request.fetch(path, { method, data, headers: { 'x-csrf-token': session.csrfToken } });
      if (!response.ok()) throw new Error(`${method} ${path}: ${response.status()} ${await response.text()}`);
      return (await response.json()) as T;
    };
    return { post: <T>(path: string, data: unknown) => send<T>('POST', path, data) };
  }

  test('the owner sets up a department and a service, asks it, resolves, rates, and sees the CSAT', { timeout: 35_000 }, async () => {
    const { server, page } = started();
    await page.goto('/sign-in?redirect=/internal');
    await page.getByTestId('sign-in-email').fill(server.owner.email);
    await page.getByTestId('sign-in-password').fill(server.owner.password);
    await page.getByTestId('sign-in-submit').click();
    await page.waitForURL((url) => url.pathname === '/internal');

    // A department, from the organization chart.
    await page.getByTestId('add-department').first().click();
    await page.getByTestId('department-name').fill(DEPARTMENT);
    await page.getByTestId('department-submit').click();
    await page.locator(`[data-testid=department-node][data-name="${DEPARTMENT}"]`).waitFor();

    // The owner's own employee record, linked to their account, in that department.
    await page.goto('/internal/employees');
    await page.getByTestId('add-employee').click();
    await page.getByTestId('employee-name').fill(server.owner.name);
    await choose(page, 'employee-department', DEPARTMENT);
    await choose(page, 'employee-account', server.owner.name);
    await page.getByTestId('employee-submit').click();
    await page.waitForURL((url) => /^\/internal\/employees\/[0-9a-f-]{36}$/.test(url.pathname));
    employeeId = new URL(page.url()).pathname.split('/').pop() ?? '';
    expect(await textOf(page, 'employee-name-heading')).toBe(server.owner.name);

    // A service with a form: one date field, SLA in working hours.
    await page.goto('/internal/services/new');
    await page.getByTestId('service-name').fill(SERVICE);
    await choose(page, 'service-department', DEPARTMENT);
    await page.getByTestId('service-first-response').fill('2');
    await page.getByTestId('service-resolution').fill('8');
    await page.getByTestId('add-field').click();
    await page.getByTestId('field-label').fill('Cần trước ngày');
    await choose(page, 'field-type', 'Ngày');
    await page.getByTestId('service-submit').click();
    await page.waitForURL((url) => url.pathname === '/internal/services');

    // Ask it from the catalog: the form is rendered from the service's fields.
    await page.locator(`[data-testid=service-card][data-name="${SERVICE}"]`).getByTestId('service-ask').click();
    await page.getByTestId('request-title').fill('Thẻ cho nhân viên mới phòng Kế toán');
    await page.getByTestId('answer-can_truoc_ngay').fill('1/12/2026');
    await page.getByTestId('request-submit').click();
    await page.waitForURL((url) => /^\/internal\/requests\/[0-9a-f-]{36}$/.test(url.pathname));
    expect(await page.getByTestId('request-status').first().getAttribute('data-status')).toBe('new');
    // The answer reads the Vietnamese way.
    expect(await textOf(page, 'answer-value-can_truoc_ngay')).toBe('1/12/2026');

    // The provider resolves it; the requester (the same owner) is asked to rate it, once.
    await page.getByTestId('move-resolved').click();
    await page.locator('[data-testid=request-status][data-status=resolved]').waitFor();
    await page.getByTestId('rate-5').click();
    await page.getByTestId('rating-comment').fill('Nhanh và chu đáo');
    await page.getByTestId('rating-submit').click();
    await page.getByTestId('rating-view').waitFor();
    await page.locator('[data-testid=request-status][data-status=closed]').waitFor();
    expect(await page.getByTestId('rating-prompt').count()).toBe(0);

    // The department's internal CSAT, with the number of ratings beside it.
    await page.getByRole('link', { name: DEPARTMENT }).first().click();
    await page.waitForURL((url) => url.pathname.startsWith('/internal/departments/'));
    expect(await textOf(page, 'department-csat-ratings')).toBe('1 đánh giá');
    expect(await textOf(page, 'department-csat')).toContain('100%');
  });

  test('salary is for HR and the owner: a staff member sees no HR tab and no salary', { timeout: 25_000 }, async () => {
    const { server, browser, page } = started();
    expect(employeeId).not.toBe('');
    const api = await apiAs(page.request);
    await api.post(`/api/v1/employees/${employeeId}/contracts`, {
      type: 'indefinite',
      startDate: '2024-01-01',
      salary: SALARY,
      allowances: [{ name: 'Ăn trưa', amount: 730_000 }],
    });

    // The owner sees the contract, money written 12.345.678 ₫.
    await page.goto(`/internal/employees/${employeeId}?tab=hr`);
    expect(await textOf(page, 'contract-salary')).toMatch(SALARY_TEXT);

    // A staff member joins through an invitation.
    const invited = await api.post<{ acceptUrl: string }>('/api/v1/invitations', { email: 'nhan.vien@example.vn', role: 'staff' });
    const token = invited.acceptUrl.split('/').pop() ?? '';
    const staff = await browser.newContext({ baseURL: server.url, viewport: { width: 1280, height: 800 } });
    staff.setDefaultTimeout(10_000);
    contexts.push(staff);
    const accepted = await staff.request.post('/api/v1/invitations/accept', {
      data: { token, name: 'Lê Thị Nhân Viên', password: 'staff password 1' },
    });
    expect(accepted.status()).toBe(200);

    const staffPage = await staff.newPage();
    await staffPage.goto(`/internal/employees/${employeeId}`);
    expect(await textOf(staffPage, 'employee-name-heading')).toBe(server.owner.name);
    // The contract type is not secret; its terms are.
    expect(await textOf(staffPage, 'employee-contract-type')).toBe('Không xác định thời hạn');
    expect(await staffPage.getByTestId('tab-hr').count()).toBe(0);

    // Asking for the HR tab by address shows the profile, and the salary appears nowhere.
    await staffPage.goto(`/internal/employees/${employeeId}?tab=hr`);
    await staffPage.getByTestId('employee-work').waitFor();
    expect(await staffPage.getByTestId('hr-tab').count()).toBe(0);
    const html = await staffPage.content();
    expect(html).not.toMatch(SALARY_TEXT);
    expect(html).not.toContain(String(SALARY));
    // The server refuses the contracts to a staff member.
    expect((await staff.request.get(`/api/v1/employees/${employeeId}/contracts`)).status()).toBe(403);
  });
  test('benefits: the owner adds one to the catalog and gives it with an amount; a staff member sees the benefit, never the amount', { timeout: 40_000 }, async () => {
    const { server, browser, page } = started();
    expect(employeeId).not.toBe('');
    await page.goto('/internal/employees');
    await page.getByTestId('benefits-link').click();
    await page.waitForURL((url) => url.pathname === '/internal/benefits');
    await page.getByTestId('add-benefit').click();
    await page.getByTestId('benefit-name').fill('Phụ cấp xăng xe');
    await page.getByTestId('benefit-amount').fill('500000');
    await page.getByTestId('benefit-submit').click();
    const row = page.getByTestId('benefit-row').filter({ hasText: 'Phụ cấp xăng xe' });
    await row.waitFor();
    expect(await row.innerText()).toMatch(/500\.000\s₫/);

    // On the employee's HR tab, with an amount of their own.
    await page.goto(`/internal/employees/${employeeId}?tab=hr`);
    await page.getByTestId('add-employee-benefit').click();
    await choose(page, 'assign-benefit-select', 'Phụ cấp xăng xe');
    await page.getByTestId('assign-benefit-amount').fill('880000');
    await page.getByTestId('assign-benefit-submit').click();
    const held = page.getByTestId('employee-benefit').filter({ hasText: 'Phụ cấp xăng xe' });
    await held.waitFor();
    expect(await held.innerText()).toMatch(/880\.000\s₫/);

    // A staff member sees which benefit, on the profile, and no amount anywhere.
    const api = await apiAs(page.request);
    const invited = await api.post<{ acceptUrl: string }>('/api/v1/invitations', { email: 'phuc.loi@example.vn', role: 'staff' });
    const staff = await browser.newContext({ baseURL: server.url, viewport: { width: 1280, height: 800 } });
    staff.setDefaultTimeout(10_000);
    contexts.push(staff);
    const accepted = await staff.request.post('/api/v1/invitations/accept', {
      data: { token: invited.acceptUrl.split('/').pop() ?? '', name: 'Trần Văn Phúc', password: 'staff password 2' },
    });
    expect(accepted.status()).toBe(200);
    const staffPage = await staff.newPage();
    await staffPage.goto(`/internal/employees/${employeeId}`);
    const seen = staffPage.getByTestId('employee-benefit').filter({ hasText: 'Phụ cấp xăng xe' });
    await seen.waitFor();
    await staffPage.getByTestId('benefit-amount-hidden').first().waitFor();
    const html = await staffPage.content();
    for (const secret of [/880\.000/, /500\.000/, /880000/, /500000/]) expect(html).not.toMatch(secret);
    await staffPage.goto('/internal/benefits');
    await staffPage.getByTestId('benefit-row').filter({ hasText: 'Phụ cấp xăng xe' }).waitFor();
    expect(await staffPage.getByTestId('add-benefit').count()).toBe(0);
    expect(await staffPage.content()).not.toMatch(/500\.000/);
  });
});
