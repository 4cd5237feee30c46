import { describe, expect, it } from 'vitest';
import { matchingPreset, presetPeriod } from './period';

describe('report periods', () => {
  it('computes each preset', () => {
    expect(presetPeriod('thisMonth', '2024-02-10')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(presetPeriod('lastMonth', '2025-01-15')).toEqual({ from: '2024-12-01', to: '2024-12-31' });
    expect(presetPeriod('thisQuarter', '2025-11-25')).toEqual({ from: '2025-10-01', to: '2025-12-31' });
    expect(presetPeriod('thisYear', '2025-11-25')).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(presetPeriod('lastYear', '2025-11-25')).toEqual({ from: '2024-01-01', to: '2024-12-31' });
    expect(presetPeriod('last12Months', '2025-11-25')).toEqual({ from: '2024-11-26', to: '2025-11-25' });
  });

  it('recognizes a preset period', () => {
    expect(matchingPreset({ from: '2025-01-01', to: '2025-12-31' }, '2025-06-01')).toBe('thisYear');
    expect(matchingPreset({ from: '2025-01-02', to: '2025-12-31' }, '2025-06-01')).toBeNull();
  });
});
