import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { hasChromium, launchBrowser } from './browser';

// The contract of server/src/test/test-server.ts, loaded at run time (see shell.e2e.test.ts).
type TestServer = { url: string; workspaceId: string; owner: { email: string; password: string; name: string }; close(): Promise<void> };
type TestServerModule = { startTestServer(): Promise<TestServer> };
const TEST_SERVER_MODULE = fileURLToPath(new URL('../../server/src/test/test-server.ts', import.meta.url));

/**
 * The web widget on a customer's site: a plain HTML page served from another origin embeds one
 * <script> tag; the widget draws the survey's first question in a shadow root and posts the answer
 * cross-origin (CORS) to Tandem.
 */
describe.skipIf(!hasChromium)('survey widget on another site', () => {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  let shop: http.Server | undefined;
  let shopUrl = '';
  let api: (method: string, path: string, body?: unknown) => Promise<{ status: number; json: () => Promise<any> }>;

  beforeAll(async () => {
    const { startTestServer } = (await import(/* @vite-ignore */ TEST_SERVER_MODULE)) as TestServerModule;
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
    const base = server.url;
    const signIn = await fetch(`${base}/api/v1/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: server.owner.email, password: server.owner.password }) });
    const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;
    const { csrfToken } = (await signIn.json()) as { csrfToken: string };
    api = async (method, path, body) => {
      const res = await fetch(`${base}${path}`, { method, headers: { cookie, 'x-csrf-token': csrfToken, ...(body ? { 'content-type': 'application/json' } : {}) }, body: body ? JSON.stringify(body) : undefined });
      return { status: res.status, json: () => res.json() };
    };
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => (shop ? shop.close(resolve) : resolve(null)));
    await server?.close();
  });

  test('a page on another origin embeds the widget and answers the first question', async () => {
    const created = await api('POST', '/api/v1/surveys', { name: 'NPS website', template: 'customer_nps' });
    expect(created.status).toBe(201);
    const survey = await created.json();
    expect((await api('PATCH', `/api/v1/surveys/${survey.id}`, { status: 'active' })).status).toBe(200);

    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Cửa hàng</title>
<style>p, button { color: rgb(255, 0, 0) !important; font-size: 40px !important; }</style></head>
<body><h1>Cửa hàng Hoa Sen</h1><p>Our shop</p>
<script src="${server!.url}/widget.js" data-survey="${survey.publicId}" data-lang="en" async></script></body></html>`;
    shop = http.createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html));
    await new Promise<void>((resolve) => shop!.listen(0, 'localhost', resolve));
    shopUrl = `http://localhost:${(shop.address() as AddressInfo).port}/`;
    expect(new URL(shopUrl).origin).not.toBe(new URL(server!.url).origin);

    const context = await browser!.newContext({ viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    const failures: string[] = [];
    page.on('console', (m) => (m.type() === 'error' ? failures.push(m.text()) : undefined));
    await page.goto(shopUrl);
    // Playwright's CSS locators pierce open shadow roots.
    const widget = page.locator('[data-tandem-survey] >> .w');
    await expect.poll(() => widget.textContent(), { timeout: 15_000 }).toContain('How likely are you to recommend us');
    // The host page's CSS does not leak into the shadow root.
    const color = await page.locator('[data-tandem-survey] >> .s button').first().evaluate((b) => getComputedStyle(b).color);
    expect(color).not.toBe('rgb(255, 0, 0)');
    await page.locator('[data-tandem-survey] >> .s button', { hasText: /^9$/ }).click();
    await expect.poll(() => widget.textContent(), { timeout: 15_000 }).toContain('Thank you for your feedback!');
    expect(failures).toEqual([]);
    await context.close();

    const results = await (await api('GET', `/api/v1/surveys/${survey.id}/results`)).json();
    expect(results.responses).toBe(1);
    expect(results.breakdowns.channel).toEqual([expect.objectContaining({ key: 'widget', responses: 1, value: 100 })]);
  }, 60_000);
});
