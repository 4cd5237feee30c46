import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser';
import { startServerWithJobs, type TestServer } from './serverWithJobs';

const WEB_DIST_INDEX = fileURLToPath(new URL('../dist/index.html', import.meta.url));
const TEST_SERVER_MODULE = fileURLToPath(new URL('../../server/src/test/test-server.ts', import.meta.url));
type TestServerModule = { startTestServer(): Promise<TestServer> };

export type BrowserSession = { server: TestServer; browser: Browser; context: BrowserContext; page: Page };

/**
 * For one `describe` block: a fresh Tandem (its own database and workspace; background jobs on unless
 * `jobs: false`) serving web/dist, headless Chromium and one 1280×900 page, started before the tests and
 * closed after them. Returns a getter that fails clearly when start-up did not happen.
 */
export function useBrowserSession(options: { jobs?: boolean } = {}): () => BrowserSession {
  let session: Partial<BrowserSession> = {};
  beforeAll(async () => {
    if (!existsSync(WEB_DIST_INDEX)) throw new Error('web/dist is missing: run `npm run build -w web` first.');
    const start =
      options.jobs === false
        ? async () => ((await import(/* @vite-ignore */ TEST_SERVER_MODULE)) as TestServerModule).startTestServer()
        : startServerWithJobs;
    const [server, browser] = await Promise.all([start(), launchBrowser()]);
    const context = await browser.newContext({ baseURL: server.url, viewport: { width: 1280, height: 900 } });
    context.setDefaultTimeout(10_000);
    session = { server, browser, context, page: await context.newPage() };
  }, 60_000);
  afterAll(async () => {
    await session.context?.close().catch(() => undefined);
    await session.browser?.close();
    await session.server?.close();
  });
  return () => {
    const { server, browser, context, page } = session;
    if (!server || !browser || !context || !page) throw new Error('the test server or the browser did not start');
    return { server, browser, context, page };
  };
}

/** Signs in through the form, lands on `path`, and returns the session's CSRF token for API calls. */
export async function signInThroughForm(page: Page, user: { email: string; password: string }, path: string): Promise<string> {
  await page.goto(`/sign-in?redirect=${path}`);
  await page.getByTestId('sign-in-email').fill(user.email);
  await page.getByTestId('sign-in-password').fill(user.password);
  await page.getByTestId('sign-in-submit').click();
  await page.waitForURL((url) => url.pathname === path);
  return ((await (await page.request.get('/api/v1/auth/session')).json()) as { csrfToken: string }).csrfToken;
}
