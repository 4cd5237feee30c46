import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { TWorkspace } from '@tandem/shared';
import { hasChromium, launchBrowser } from './browser';

// The contract of server/src/test/test-server.ts. It is loaded at run time rather than imported,
// so that type-checking the web package does not type-check the whole server with web's settings.
type TestServer = {
  url: string;
  workspaceId: string;
  owner: { email: string; password: string; name: string };
  close(): Promise<void>;
};
type TestServerModule = { startTestServer(): Promise<TestServer> };

const TEST_SERVER_MODULE = fileURLToPath(new URL('../../server/src/test/test-server.ts', import.meta.url));
const WEB_DIST_INDEX = fileURLToPath(new URL('../dist/index.html', import.meta.url));

type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;

describe.skipIf(!hasChromium)('web shell in a browser', () => {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  /** Cookies and storage of a signed-in owner, so later tests skip the sign-in form. */
  let signedIn: StorageState | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    if (!existsSync(WEB_DIST_INDEX)) throw new Error('web/dist is missing: run `npm run build -w web` first.');
    const { startTestServer } = (await import(/* @vite-ignore */ TEST_SERVER_MODULE)) as TestServerModule;
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  }, 60_000);

  afterAll(async () => {
    await Promise.all(contexts.map((context) => context.close().catch(() => undefined)));
    await browser?.close();
    await server?.close();
  });

  const started = (): { server: TestServer; browser: Browser } => {
    if (!server || !browser) throw new Error('the test server or the browser did not start');
    return { server, browser };
  };

  async function openPage(options: { phone?: boolean; state?: StorageState } = {}): Promise<Page> {
    const { server, browser } = started();
    const context = await browser.newContext({
      baseURL: server.url,
      viewport: options.phone ? { width: 390, height: 844 } : { width: 1280, height: 800 },
      isMobile: options.phone ?? false,
      hasTouch: options.phone ?? false,
      storageState: options.state,
    });
    context.setDefaultTimeout(10_000);
    contexts.push(context);
    return context.newPage();
  }

  const textOf = async (page: Page, testId: string): Promise<string> => {
    const locator = page.getByTestId(testId);
    await locator.waitFor();
    return (await locator.innerText()).trim();
  };

  test('signing in: a wrong password is explained, the right one lands on Home', { timeout: 20_000 }, async () => {
    const { server } = started();
    const page = await openPage();
    await page.goto('/sign-in');

    await page.getByTestId('sign-in-email').fill(server.owner.email);
    await page.getByTestId('sign-in-password').fill('not-the-password-1');
    await page.getByTestId('sign-in-submit').click();
    expect(await textOf(page, 'sign-in-error')).toBe('Email hoặc mật khẩu không đúng.');

    await page.getByTestId('sign-in-password').fill(server.owner.password);
    await page.getByTestId('sign-in-submit').click();
    await page.waitForURL((url) => url.pathname === '/');

    const workspace = (await (await page.request.get('/api/v1/workspace')).json()) as TWorkspace;
    expect(await textOf(page, 'welcome-workspace-name')).toBe(workspace.name);
    signedIn = await page.context().storageState();
  });

  test('switching the language to English relabels the navigation and survives a reload', { timeout: 20_000 }, async () => {
    const page = await openPage({ state: signedIn });
    await page.goto('/');
    expect(await textOf(page, 'nav-customers')).toBe('Khách hàng');

    const saved = page.waitForResponse(
      (response) => response.url().endsWith('/api/v1/auth/me') && response.request().method() === 'PATCH',
    );
    await page.getByTestId('language-switch').click();
    await page.getByTestId('language-option-en').click();
    expect((await saved).status()).toBe(200);
    expect(await textOf(page, 'nav-customers')).toBe('Customers');
    expect(await textOf(page, 'nav-home')).toBe('Home');

    await page.reload();
    expect(await textOf(page, 'nav-customers')).toBe('Customers');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  });

  test('creating an API key shows the secret once, then lists the key', { timeout: 20_000 }, async () => {
    const page = await openPage({ state: signedIn });
    await page.goto('/settings?tab=api-keys');

    await page.getByTestId('create-api-key').click();
    await page.getByTestId('api-key-name').fill('Chatbot Zalo OA');
    await page.getByTestId('api-key-submit').click();

    const secret = await textOf(page, 'api-key-secret');
    expect(secret.length).toBeGreaterThanOrEqual(20);
    await page.getByTestId('api-key-done').click();

    const row = page.getByTestId('api-key-row').filter({ hasText: 'Chatbot Zalo OA' });
    await row.waitFor();
    expect(await page.content()).not.toContain(secret);
  });

  test('on a phone the navigation hides behind the burger', { timeout: 20_000 }, async () => {
    const page = await openPage({ phone: true, state: signedIn });
    await page.goto('/');
    await page.getByTestId('welcome-card').waitFor();
    // A collapsed navbar is moved off-screen (and inert), not removed.
    const hidden = await page.getByTestId('nav-settings').boundingBox();
    expect(hidden && hidden.x + hidden.width).toBeLessThanOrEqual(0);

    await page.getByTestId('nav-burger').click();
    await page.getByTestId('nav-settings').click();
    await page.waitForURL((url) => url.pathname === '/settings');
    // Phones choose settings tabs from a select instead of a tab strip.
    await page.getByTestId('tab-select').waitFor();
    expect(await page.getByTestId('tab-api-keys').isVisible()).toBe(false);
  });
});
