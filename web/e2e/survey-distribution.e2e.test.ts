import { describe, expect, test } from 'vitest';
import { hasChromium } from './browser';
import { signInThroughForm, useBrowserSession } from './session';

/**
 * Survey distribution in the browser: the workspace's sending settings, an e-mail campaign sent from
 * the survey's page (consent and missing addresses counted apart, the reminder kept) and an automatic
 * send after a task is done — each checked through the API afterwards.
 */
describe.skipIf(!hasChromium)('survey distribution in a browser', () => {
  const session = useBrowserSession();

  test('settings, a campaign with its counts, and a trigger with a delay', { timeout: 120_000 }, async () => {
    const { server, page } = session();
    const csrfToken = await signInThroughForm(page, server.owner, '/surveys');
    const headers = { 'x-csrf-token': csrfToken };
    const post = async (path: string, data: unknown, method: 'post' | 'patch' = 'post') => {
      const res = await page.request[method](path, { data, headers });
      expect(res.ok(), await res.text()).toBe(true);
      return res.json();
    };
    await post('/api/v1/people', { fullName: 'Nguyễn Văn An', emails: [{ address: 'an@example.vn' }], consents: [{ channel: 'email', status: 'given', method: 'form', evidence: 'Biểu mẫu đăng ký' }] });
    await post('/api/v1/people', { fullName: 'Trần Thị Bình', emails: [{ address: 'binh@example.vn' }] });
    await post('/api/v1/people', { fullName: 'Lê Văn Chưa Có Thư', consents: [{ channel: 'email', status: 'given', method: 'form', evidence: 'Biểu mẫu đăng ký' }] });
    const survey = (await post('/api/v1/surveys', { name: 'NPS cuối năm', template: 'customer_nps' })) as { id: string };
    await post(`/api/v1/surveys/${survey.id}`, { status: 'active' }, 'patch');

    // Workspace settings from the surveys list.
    await page.getByTestId('distribution-settings').click();
    await expect.poll(() => page.getByTestId('settings-rate').inputValue()).not.toBe('');
    await page.getByTestId('settings-frequency').fill('14');
    await page.getByTestId('settings-rate').fill('30');
    await page.getByTestId('settings-save').click();
    await expect.poll(async () => (await page.request.get('/api/v1/survey-distribution/settings')).json()).toEqual({ contactFrequencyDays: 14, sendsPerMinute: 30 });

    // Send by e-mail from the survey's page.
    await page.goto(`/surveys/${survey.id}`);
    await page.getByTestId('send-by-email').click();
    expect(await page.getByTestId('send-purpose').textContent()).toContain('đồng ý nhận e-mail');
    expect(await page.getByTestId('send-purpose').textContent()).toContain('14 ngày');
    expect(await page.getByTestId('send-preview').textContent()).toContain('{{link}}');
    await page.getByTestId('send-remind-days').fill('5');
    await page.getByTestId('send-confirm').click();
    await page.getByTestId('send-started').waitFor();
    const modal = page.getByRole('dialog');
    expect(await modal.getByTestId('count-skippedConsent').textContent()).toMatch(/^1/);
    expect(await modal.getByTestId('count-skippedNoEmail').textContent()).toMatch(/^1/);
    expect(await modal.getByTestId('count-reminded').textContent()).toContain('5 ngày');
    await modal.getByTestId('send-close').click();
    await page.getByTestId('campaign').first().waitFor();
    const campaigns = (await (await page.request.get(`/api/v1/surveys/${survey.id}/campaigns`)).json()) as { data: Array<{ kind: string; reminderAfterDays: number; counts: Record<string, number> }> };
    expect(campaigns.data).toHaveLength(1);
    expect(campaigns.data[0]).toMatchObject({ kind: 'campaign', reminderAfterDays: 5, counts: { skipped_consent: 1, skipped_no_email: 1 } });
    expect((campaigns.data[0]!.counts.queued ?? 0) + (campaigns.data[0]!.counts.sent ?? 0) + (campaigns.data[0]!.counts.failed ?? 0)).toBe(1);

    // Automatic sending 2 hours after a task is done (the default unit is hours).
    const triggers = page.getByTestId('survey-triggers');
    await triggers.getByRole('switch', { name: 'Một công việc được hoàn thành' }).check();
    await triggers.getByTestId('trigger-task_done-delay').fill('2');
    await triggers.getByTestId('save-triggers').click();
    await expect
      .poll(async () => ((await (await page.request.get(`/api/v1/surveys/${survey.id}/triggers`)).json()) as { triggers: unknown[] }).triggers)
      .toEqual([expect.objectContaining({ event: 'task_done', delayMinutes: 120, active: true })]);
    // A reload shows what was saved.
    await page.reload();
    await expect.poll(() => page.getByTestId('trigger-task_done-delay').inputValue()).toBe('2');
  });
});
