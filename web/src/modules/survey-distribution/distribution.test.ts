import { describe, expect, it } from 'vitest';
import { campaignEvent, campaignTotals, invitationPreview, splitDelay, toMinutes, triggerEventsFor } from './distribution';

describe('survey distribution helpers', () => {
  it('totals a campaign and its progress from the counts by status', () => {
    const t = campaignTotals({ queued: 5, sent: 10, skipped_consent: 3, skipped_no_email: 1, skipped_frequency: 1 });
    expect(t).toMatchObject({ total: 20, queued: 5, sent: 10, skippedConsent: 3, skippedNoEmail: 1, skippedFrequency: 1, skippedAnswered: 0, failed: 0, progress: 75 });
    expect(campaignTotals({}).progress).toBe(100);
    expect(campaignTotals({ queued: 3 }).progress).toBe(0);
  });
  it('offers the events that fit the audience', () => {
    expect(triggerEventsFor({ type: 'employees' })).toEqual(['internal_request_resolved']);
    expect(triggerEventsFor({ type: 'external', viewId: null })).toEqual(['task_done', 'interaction_logged']);
  });
  it('shows a delay in its largest whole unit and converts back', () => {
    expect(splitDelay(0)).toEqual({ value: 0, unit: 'minutes' });
    expect(splitDelay(90)).toEqual({ value: 90, unit: 'minutes' });
    expect(splitDelay(120)).toEqual({ value: 2, unit: 'hours' });
    expect(splitDelay(2880)).toEqual({ value: 2, unit: 'days' });
    expect(toMinutes(2, 'days')).toBe(2880);
    expect(toMinutes(splitDelay(1500).value, splitDelay(1500).unit)).toBe(1500);
  });
  it('reads the event of an automatic campaign', () => {
    expect(campaignEvent('campaign')).toBeNull();
    expect(campaignEvent('trigger:task_done')).toBe('task_done');
  });
});

describe('invitation preview', () => {
  it('shows the personal link variable and the anonymity promise', () => {
    const p = invitationPreview({ name: 'eNPS quý 4', anonymous: true }, 'Công ty An Phát');
    expect(p.subject).toBe('Mời anh/chị góp ý — eNPS quý 4');
    expect(p.text).toContain('{{link}}\n');
    expect(p.text).toContain('{{link}}?lang=en');
    expect(p.text).toContain('ẩn danh');
    expect(invitationPreview({ name: 'NPS', anonymous: false }, 'X').text).toContain('chỉ dùng được một lần');
  });
});
