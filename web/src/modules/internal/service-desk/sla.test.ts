import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import vi from '../../../i18n/internal.vi.json';
import en from '../../../i18n/internal.en.json';
import type { SlaClock, TInternalRequest } from '../common/types';
import { clockBadge, clockProgress, durationText, requestSlaBadge, slaText, type Translate } from './sla';

const clock = (state: SlaClock['state'], elapsedMinutes: number, targetMinutes = 240): SlaClock => ({
  state,
  elapsedMinutes,
  targetMinutes,
  dueAt: '2026-11-26T07:30:00.000Z',
});

const request = (over: Partial<Pick<TInternalRequest, 'firstResponse' | 'resolution' | 'firstResponseAt' | 'status'>>) => ({
  firstResponse: clock('running', 10),
  resolution: clock('running', 10, 1020),
  firstResponseAt: null,
  status: 'new' as const,
  ...over,
});

let tVi: Translate;
let tEn: Translate;
beforeAll(async () => {
  const instance = i18next.createInstance();
  await instance.init({ resources: { vi: { internal: vi }, en: { internal: en } }, lng: 'vi', ns: ['internal'], defaultNS: 'internal', interpolation: { escapeValue: false }, showSupportNotice: false });
  tVi = instance.getFixedT('vi', 'internal') as unknown as Translate;
  tEn = instance.getFixedT('en', 'internal') as unknown as Translate;
});

describe('clockBadge', () => {
  it('reads each state', () => {
    expect(clockBadge(clock('met', 100), 'resolution').tone).toBe('met');
    expect(clockBadge(clock('paused', 100), 'resolution')).toMatchObject({ tone: 'paused', minutes: 140 });
    expect(clockBadge(clock('breached', 375), 'resolution')).toMatchObject({ tone: 'breached', minutes: 135 });
    expect(clockBadge(clock('running', 100), 'resolution')).toMatchObject({ tone: 'ok', minutes: 140 });
    // A quarter of the target or less left: soon.
    expect(clockBadge(clock('running', 180), 'resolution')).toMatchObject({ tone: 'soon', minutes: 60 });
  });

  it('measures progress against the target, capped at 100', () => {
    expect(clockProgress(clock('running', 60))).toBe(25);
    expect(clockProgress(clock('breached', 600))).toBe(100);
  });
});

describe('requestSlaBadge', () => {
  it('follows the first response until someone answers', () => {
    expect(requestSlaBadge(request({})).kind).toBe('firstResponse');
    expect(requestSlaBadge(request({ firstResponseAt: '2026-11-25T03:00:00.000Z', status: 'in_progress' })).kind).toBe('resolution');
  });

  it('keeps a breached first response visible while the request is open', () => {
    const badge = requestSlaBadge(
      request({ firstResponse: clock('breached', 300), firstResponseAt: '2026-11-25T03:00:00.000Z', status: 'in_progress' }),
    );
    expect(badge).toMatchObject({ kind: 'firstResponse', tone: 'breached' });
  });

  it('shows the resolution once resolved', () => {
    const badge = requestSlaBadge(
      request({ firstResponse: clock('breached', 300), resolution: clock('met', 500, 1020), firstResponseAt: '2026-11-25T03:00:00.000Z', status: 'resolved' }),
    );
    expect(badge).toMatchObject({ kind: 'resolution', tone: 'met' });
  });
});

describe('slaText', () => {
  const due = () => '14:30 26/11';

  it('speaks Vietnamese', () => {
    expect(slaText(clockBadge(clock('met', 100), 'resolution'), tVi, due)).toBe('Đạt SLA');
    expect(slaText(clockBadge(clock('paused', 100), 'resolution'), tVi, due)).toBe('Tạm dừng');
    expect(slaText(clockBadge(clock('breached', 375), 'resolution'), tVi, due)).toBe('Quá hạn 2 giờ 15 phút');
    expect(slaText(clockBadge(clock('running', 200), 'resolution'), tVi, due)).toBe('Còn 40 phút');
    expect(slaText(clockBadge(clock('running', 10), 'resolution'), tVi, due)).toBe('Hạn 14:30 26/11');
  });

  it('speaks English with plurals', () => {
    expect(slaText(clockBadge(clock('breached', 300), 'resolution'), tEn, due)).toBe('Overdue by 1 hour');
    expect(slaText(clockBadge(clock('running', 239), 'resolution'), tEn, due)).toBe('1 minute left');
    expect(slaText(clockBadge(clock('running', 0), 'resolution'), tEn, due)).toBe('Due 14:30 26/11');
    expect(durationText(180, tEn)).toBe('3 hours');
    // Long overdue reads in whole hours.
    expect(durationText(20_593, tVi)).toBe('343 giờ');
  });
});
