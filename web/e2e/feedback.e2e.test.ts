import { describe, expect, test } from 'vitest';
import { hasChromium } from './browser';
import { signInThroughForm, useBrowserSession } from './session';

describe.skipIf(!hasChromium)('feedback inbox in a browser', () => {
  const session = useBrowserSession();

  test('a complaint typed without accents is logged, read as negative, filtered by the sentiment chip, answered and closed', { timeout: 90_000 }, async () => {
    const { server, page } = session();
    const csrfToken = await signInThroughForm(page, server.owner, '/feedback');
    const headers = { 'x-csrf-token': csrfToken };
    // Praise arrives through the API (as a chatbot would log it).
    expect((await page.request.post('/api/v1/feedback', { data: { source: 'praise', channel: 'zalo', text: 'Nhân viên rất nhiệt tình, cảm ơn shop' }, headers })).ok()).toBe(true);
    await page.reload();
    await page.getByTestId('loop-metrics').waitFor();

    // A complaint typed without diacritics, logged in the UI.
    await page.getByTestId('log-feedback').click();
    await page.getByTestId('feedback-text').fill('giao hang cham qua, rat that vong');
    await page.getByTestId('feedback-save').click();
    const drawer = page.getByTestId('feedback-drawer');
    await drawer.getByText('giao hang cham qua, rat that vong').waitFor();
    expect((await drawer.getByTestId('sentiment-badge').textContent()) ?? '').toContain('Tiêu cực');
    await page.keyboard.press('Escape');

    // Sentiment chips filter the inbox.
    await page.getByTestId('filter-sentiment').getByText('Tiêu cực').click();
    await page.waitForURL((url) => url.searchParams.get('sentiment') === 'negative');
    await expect.poll(async () => page.getByTestId('feedback-row').count()).toBe(1);
    await page.getByTestId('feedback-row').first().click();

    // Reply (recorded without e-mail: the complaint has no customer) and resolve.
    await drawer.getByTestId('feedback-reply-text').fill('Chúng tôi xin lỗi, đơn hàng đã được giao bù hôm nay.');
    await drawer.getByText('Đồng thời đánh dấu đã xử lý').click();
    await drawer.getByTestId('feedback-reply-send').click();
    await drawer.getByTestId('feedback-reply-shown').waitFor();
    await drawer.getByText('Đã xử lý', { exact: true }).waitFor();

    const list = await (await page.request.get('/api/v1/feedback?sentiment=negative')).json();
    expect(list.data[0]).toMatchObject({ status: 'resolved', reply: { text: 'Chúng tôi xin lỗi, đơn hàng đã được giao bù hôm nay.' } });
    expect(list.data[0].firstContactAt).not.toBeNull();
  });
});
