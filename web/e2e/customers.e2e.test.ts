import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { hasChromium, launchBrowser } from './browser';
import { startServerWithJobs, type TestServer } from './serverWithJobs';

const WEB_DIST_INDEX = fileURLToPath(new URL('../dist/index.html', import.meta.url));

/**
 * A customer list as a small shop keeps it: names typed on a Mac (decomposed, NFD), phones written
 * every which way — spaces, dots, +84, 84 without the plus, a pre-2018 11-digit prefix — and one
 * row that cannot be imported.
 */
const ROWS = [
  ['Họ và tên', 'Số điện thoại', 'Email', 'Ngày sinh', 'Tỉnh/thành phố'],
  ['Nguyễn Văn Đức', '0912 345 678', 'duc.nguyen@example.vn', '15/08/1990', 'Hà Nội'],
  ['Trần Thị Hoà', '+84 983.456.789', 'hoa.tran@example.vn', '1/2/1985', 'TP. Hồ Chí Minh'],
  ['Lê Hoàng Phúc', '0168-123-4567', '', '', 'Đà Nẵng'],
  ['Phạm Quỳnh Anh', '84 905 111 222', 'anh.pham@example.vn', '', 'Cần Thơ'],
  ['Không Có Số', '12345', '', '', ''],
];
const CSV = `${ROWS.map((row) => row.map((cell) => cell.normalize('NFD')).join(',')).join('\r\n')}\r\n`;

describe.skipIf(!hasChromium)('customers in a browser', () => {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  let dir: string | undefined;
  let csvPath = '';

  beforeAll(async () => {
    if (!existsSync(WEB_DIST_INDEX)) throw new Error('web/dist is missing: run `npm run build -w web` first.');
    dir = await mkdtemp(path.join(tmpdir(), 'tandem-e2e-'));
    csvPath = path.join(dir, 'khach-hang.csv');
    await writeFile(csvPath, CSV, 'utf8');
    // Imports run as background jobs: this server has its job workers on (startTestServer's are off).
    [server, browser] = await Promise.all([startServerWithJobs(), launchBrowser()]);
    context = await browser.newContext({ baseURL: server.url, viewport: { width: 1280, height: 800 } });
    context.setDefaultTimeout(10_000);
    page = await context.newPage();
  }, 60_000);

  afterAll(async () => {
    await context?.close().catch(() => undefined);
    await browser?.close();
    await server?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const started = (): { server: TestServer; page: Page } => {
    if (!server || !page) throw new Error('the test server or the browser did not start');
    return { server, page };
  };

  const textOf = async (testId: string): Promise<string> => {
    const locator = started().page.getByTestId(testId).first();
    await locator.waitFor();
    return (await locator.innerText()).trim();
  };

  test('an imported CSV (NFD names, mixed phone formats) is found by a name typed without accents', { timeout: 30_000 }, async () => {
    const { server, page } = started();
    await page.goto('/sign-in?redirect=/customers/import');
    await page.getByTestId('sign-in-email').fill(server.owner.email);
    await page.getByTestId('sign-in-password').fill(server.owner.password);
    await page.getByTestId('sign-in-submit').click();
    await page.waitForURL((url) => url.pathname === '/customers/import');

    // Upload: the mapping is suggested from the Vietnamese headers.
    await page.getByTestId('import-file-input').setInputFiles(csvPath);
    await page.getByTestId('import-next').click();
    await page.getByTestId('mapping-table').waitFor();
    expect(await page.getByTestId('mapping-row').count()).toBe(5);

    // Preview: nothing is written yet; the bad row is pointed out.
    await page.getByTestId('import-check').click();
    await page.getByTestId('import-preview').waitFor();
    expect(await textOf('preview-valid')).toContain('4');
    expect(await textOf('preview-invalid')).toContain('1');
    expect(await page.getByTestId('preview-error').count()).toBeGreaterThanOrEqual(1);

    // Run, and follow the job until it is done.
    await page.getByTestId('import-run').click();
    await page.locator('[data-testid=import-progress][data-state=completed]').waitFor({ timeout: 20_000 });
    expect(await textOf('result-inserted')).toContain('4');
    expect(await textOf('result-errors')).toContain('1');

    // Ctrl+K, a name without accents, Enter: the person's page.
    await page.keyboard.press('Control+k');
    await page.getByTestId('global-search-input').fill('tran thi hoa');
    await page.getByTestId('global-search-hit').filter({ hasText: 'Trần Thị Hoà' }).waitFor();
    await page.getByTestId('global-search-input').press('Enter');
    await page.waitForURL((url) => url.pathname.startsWith('/customers/people/'));
    // Stored as NFC, shown as typed; the phone written "+84 983.456.789" reads the Vietnamese way.
    expect(await textOf('person-name')).toBe('Trần Thị Hoà');
    expect(await textOf('contact-phone')).toBe('0983 456 789');
    expect(await textOf('person-birthday')).toBe('1/2/1985');
  });

  test('creating a person with a phone already on file shows the duplicate, and can go ahead anyway', { timeout: 20_000 }, async () => {
    const { page } = started();
    await page.goto('/customers/people');
    // The pre-2018 prefix 0168 was converted on import: 038 123 4567.
    await page.getByTestId('record-row').filter({ hasText: 'Lê Hoàng Phúc' }).filter({ hasText: '0381 234 567' }).waitFor();

    await page.getByTestId('add-person').click();
    await page.getByTestId('person-fullName').fill('Nguyễn Văn Đức');
    await page.getByTestId('phone-0').fill('0912.345.678');
    await page.getByTestId('person-submit').click();

    await page.getByTestId('duplicate-warning').waitFor();
    expect(await textOf('duplicate-link')).toBe('Nguyễn Văn Đức');
    expect(await page.getByTestId('duplicate-warning').innerText()).toContain('số điện thoại');

    await page.getByTestId('create-anyway').click();
    await page.waitForURL((url) => url.pathname.startsWith('/customers/people/'));
    expect(await textOf('person-name')).toBe('Nguyễn Văn Đức');
    // The new record knows it has a twin.
    await page.getByTestId('duplicates-banner').waitFor();
  });
});
