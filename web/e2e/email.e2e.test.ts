import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { hasChromium, launchBrowser } from './browser';
import { startServerWithJobs, type TestServer } from './serverWithJobs';

const WEB_DIST_INDEX = fileURLToPath(new URL('../dist/index.html', import.meta.url));

/** The server's test SMTP server, loaded at run time (see serverWithJobs.ts for why). */
type TestSmtp = {
  port: number;
  received: { envelopeTo: string[]; mail: { subject?: string; text?: string } }[];
  close(): Promise<void>;
};
type SmtpModule = { startTestSmtp(user?: string, password?: string): Promise<TestSmtp> };
const serverFile = (path: string) => fileURLToPath(new URL(`../../server/src/${path}`, import.meta.url));

const SUBJECT = 'Xác nhận lịch bảo trì máy lọc nước';

describe.skipIf(!hasChromium)('e-mail in a browser', () => {
  let server: TestServer | undefined;
  let smtp: TestSmtp | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;

  beforeAll(async () => {
    if (!existsSync(WEB_DIST_INDEX)) throw new Error('web/dist is missing: run `npm run build -w web` first.');
    const { startTestSmtp } = (await import(/* @vite-ignore */ serverFile('test/smtp.ts'))) as SmtpModule;
    // Sending runs as a background job: this server has its workers on.
    [server, browser, smtp] = await Promise.all([startServerWithJobs(), launchBrowser(), startTestSmtp('cskh', 'mat-khau-smtp')]);
    context = await browser.newContext({ baseURL: server.url, viewport: { width: 1280, height: 800 } });
    context.setDefaultTimeout(10_000);
    page = await context.newPage();
  }, 60_000);

  afterAll(async () => {
    await context?.close().catch(() => undefined);
    await browser?.close();
    await server?.close();
    await smtp?.close();
  });

  const started = () => {
    if (!server || !page || !smtp) throw new Error('the test server, SMTP server or browser did not start');
    return { server, page, smtp };
  };

  test('without SMTP a message waits in the outbox; after SMTP is set up and tested, "send again" delivers it', { timeout: 60_000 }, async () => {
    const { server, page, smtp } = started();
    await page.goto('/sign-in?redirect=/customers/people');
    await page.getByTestId('sign-in-email').fill(server.owner.email);
    await page.getByTestId('sign-in-password').fill(server.owner.password);
    await page.getByTestId('sign-in-submit').click();
    await page.waitForURL((url) => url.pathname === '/customers/people');
    const session = (await (await page.request.get('/api/v1/auth/session')).json()) as { csrfToken: string };
    const created = await page.request.post('/api/v1/people', {
      data: { fullName: 'Đặng Thị Thu Hà', emails: [{ address: 'thuha.dang@example.vn' }] },
      headers: { 'x-csrf-token': session.csrfToken },
    });
    expect(created.ok(), await created.text()).toBe(true);
    const personId = ((await created.json()) as { id: string }).id;

    // Compose on the person's page.
    await page.goto(`/customers/people/${personId}`);
    await page.getByTestId('send-email').click();
    await page.getByTestId('compose-subject').fill(SUBJECT);
    await page.getByTestId('compose-text').fill('Chào chị {{firstName}},\n\nKỹ thuật viên sẽ đến bảo trì vào sáng thứ Bảy.');
    await page.getByTestId('compose-send').click();
    await page.getByText('Chưa cấu hình SMTP: thư được giữ trong hộp thư đi').waitFor();
    // On the person's timeline, waiting in the outbox.
    await page.locator('[data-testid=timeline-entry][data-kind=email]').filter({ hasText: SUBJECT }).filter({ hasText: 'Trong hộp thư đi' }).waitFor();

    // The outbox lists it, and says why.
    await page.goto('/customers/email');
    await page.getByTestId('outbox-no-smtp').waitFor();
    const row = page.getByTestId('outbox-row').filter({ hasText: SUBJECT });
    await row.waitFor();
    expect(await row.getByTestId('email-status').textContent()).toBe('Trong hộp thư đi');

    // Settings → E-mail: the SMTP server, then a test message.
    await page.goto('/settings?tab=email');
    await page.getByTestId('email-not-configured').waitFor();
    await page.getByTestId('smtp-host').fill('127.0.0.1');
    await page.getByTestId('smtp-port').fill(String(smtp.port));
    await page.getByTestId('smtp-security').click();
    await page.getByRole('option', { name: 'Không mã hóa (máy chủ nội bộ)' }).click();
    await page.getByTestId('smtp-user').fill('cskh');
    await page.getByTestId('smtp-password').fill('mat-khau-smtp');
    await page.getByTestId('smtp-from').fill('cskh@senvang.example.vn');
    await page.getByTestId('smtp-save').click();
    await page.getByTestId('smtp-test-to').fill('quanly@senvang.example.vn');
    await page.getByTestId('smtp-test').click();
    expect(await page.getByTestId('smtp-test-result').innerText()).toContain('Máy chủ đã nhận thư thử');
    expect(smtp.received.map((r) => r.envelopeTo[0])).toEqual(['quanly@senvang.example.vn']);
    // The password field stays empty: the saved password is never sent back to the browser.
    await page.reload();
    expect(await page.getByTestId('smtp-password').inputValue()).toBe('');

    // Send again from the outbox: the job delivers it.
    await page.goto('/customers/email');
    await page.getByTestId('outbox-row').filter({ hasText: SUBJECT }).getByTestId('outbox-retry').click();
    await page.goto('/customers/email?status=sent');
    await page.getByTestId('outbox-row').filter({ hasText: SUBJECT }).waitFor({ timeout: 30_000 }).catch(async () => {
      // The list refreshes on its own every 15 s; reload once to be sure.
      await page.reload();
      await page.getByTestId('outbox-row').filter({ hasText: SUBJECT }).waitFor({ timeout: 20_000 });
    });
    const delivered = smtp.received.find((r) => r.mail.subject === SUBJECT);
    expect(delivered?.envelopeTo).toEqual(['thuha.dang@example.vn']);
    expect(delivered?.mail.text).toContain('Chào chị Hà,');
  });
});
