/** Pure helpers of the survey-distribution UI (tested in distribution.test.ts). */
import type { TSurveyAudience, TSurveyCampaign } from '@tandem/shared';
import type { SurveyTriggerEvent } from './api/distributionApi';

export type CampaignTotals = {
  total: number;
  queued: number;
  sent: number;
  skippedConsent: number;
  skippedFrequency: number;
  skippedNoEmail: number;
  /** Answered by another channel before the e-mail went out. */
  skippedAnswered: number;
  failed: number;
  /** Share of the recipients already handled (sent, skipped or failed), 0–100. */
  progress: number;
};

/** Counts of a campaign by status (the API gives a map status → count; absent statuses are 0). */
export function campaignTotals(counts: TSurveyCampaign['counts']): CampaignTotals {
  const n = (k: string) => counts[k] ?? 0;
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const queued = n('queued');
  return {
    total,
    queued,
    sent: n('sent'),
    skippedConsent: n('skipped_consent'),
    skippedFrequency: n('skipped_frequency'),
    skippedNoEmail: n('skipped_no_email'),
    skippedAnswered: n('skipped_answered'),
    failed: n('failed'),
    progress: total === 0 ? 100 : Math.round(((total - queued) / total) * 100),
  };
}

/** Events a survey can be sent after: an employee survey after a resolved internal request; a customer survey after a task done or an interaction. */
export function triggerEventsFor(audience: TSurveyAudience): SurveyTriggerEvent[] {
  return audience.type === 'employees' ? ['internal_request_resolved'] : ['task_done', 'interaction_logged'];
}

export type DelayUnit = 'minutes' | 'hours' | 'days';
const UNIT_MINUTES: Record<DelayUnit, number> = { minutes: 1, hours: 60, days: 1440 };
/** The API caps a trigger's delay at 7 days. */
export const MAX_DELAY_MINUTES = 10_080;

/** A delay in minutes shown in the largest whole unit (90 → 90 minutes, 120 → 2 hours, 2880 → 2 days). */
export function splitDelay(minutes: number): { value: number; unit: DelayUnit } {
  if (minutes > 0 && minutes % UNIT_MINUTES.days === 0) return { value: minutes / UNIT_MINUTES.days, unit: 'days' };
  if (minutes > 0 && minutes % UNIT_MINUTES.hours === 0) return { value: minutes / UNIT_MINUTES.hours, unit: 'hours' };
  return { value: minutes, unit: 'minutes' };
}
export const toMinutes = (value: number, unit: DelayUnit): number => Math.round(value * UNIT_MINUTES[unit]);

/** Kind of a campaign as the API names it: 'campaign' (sent by hand) or 'trigger:<event>'. */
export function campaignEvent(kind: string): SurveyTriggerEvent | null {
  return kind.startsWith('trigger:') ? (kind.slice('trigger:'.length) as SurveyTriggerEvent) : null;
}

/**
 * The invitation as the server writes it (distribution.service.ts `mailText`): Vietnamese first, an
 * English version below, the personal one-time link shown as `{{link}}`. The API has no custom text, so
 * this is a faithful preview, not a form; keep it in step with the server.
 */
export function invitationPreview(survey: { name: string; anonymous: boolean }, workspace: string): { subject: string; text: string } {
  const link = '{{link}}';
  return {
    subject: `Mời anh/chị góp ý — ${survey.name}`,
    text: [
      'Kính gửi {{recipient}},',
      '',
      `${workspace} rất mong nhận được ý kiến của anh/chị qua khảo sát "${survey.name}". Khảo sát chỉ mất khoảng một phút:`,
      link,
      '',
      survey.anonymous ? 'Câu trả lời được ẩn danh: không ai biết ai đã trả lời gì.' : 'Đường dẫn này dành riêng cho anh/chị và chỉ dùng được một lần.',
      '',
      'Trân trọng cảm ơn!',
      '',
      '---',
      `${workspace} would value your answers to "${survey.name}" (about a minute):`,
      `${link}?lang=en`,
    ].join('\n'),
  };
}
