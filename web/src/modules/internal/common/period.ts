/** Ready-made report periods, as ISO days [from, to] inclusive. */
export const PERIOD_PRESETS = ['thisMonth', 'lastMonth', 'thisQuarter', 'thisYear', 'lastYear', 'last12Months'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];
export type Period = { from: string; to: string };

const iso = (y: number, m: number, d: number): string => {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.toISOString().slice(0, 10);
};
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** The period of a preset around `today` (an ISO day in the company's time zone). */
export function presetPeriod(preset: PeriodPreset, today: string): Period {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  switch (preset) {
    case 'thisMonth':
      return { from: iso(y, m, 1), to: iso(y, m, lastDay(y, m)) };
    case 'lastMonth': {
      const [py, pm] = m === 1 ? [y - 1, 12] : [y, m - 1];
      return { from: iso(py, pm, 1), to: iso(py, pm, lastDay(py, pm)) };
    }
    case 'thisQuarter': {
      const first = Math.floor((m - 1) / 3) * 3 + 1;
      return { from: iso(y, first, 1), to: iso(y, first + 2, lastDay(y, first + 2)) };
    }
    case 'thisYear':
      return { from: iso(y, 1, 1), to: iso(y, 12, 31) };
    case 'lastYear':
      return { from: iso(y - 1, 1, 1), to: iso(y - 1, 12, 31) };
    case 'last12Months': {
      // The day after the same day a year ago: exactly twelve months, today included.
      const start = new Date(Date.UTC(y - 1, m - 1, d + 1));
      return { from: start.toISOString().slice(0, 10), to: today };
    }
  }
}

/** The preset a period matches, if any (to highlight it). */
export function matchingPreset(period: Period, today: string): PeriodPreset | null {
  return PERIOD_PRESETS.find((p) => {
    const candidate = presetPeriod(p, today);
    return candidate.from === period.from && candidate.to === period.to;
  }) ?? null;
}
