import { describe, expect, test } from 'vitest';
import { formatDate, formatRelative } from './format';

describe('date formatting', () => {
  // Noon UTC keeps the calendar day the same in every time zone the tests may run in.
  const fifthOfMarch = '2025-03-05T12:00:00Z';

  test('Vietnamese dates read d/M/yyyy, without leading zeros', () => {
    expect(formatDate(fifthOfMarch, 'vi')).toBe('5/3/2025');
  });

  test('English dates are day-first (en-GB)', () => {
    expect(formatDate(fifthOfMarch, 'en')).toBe('05/03/2025');
  });

  test('recent moments are relative, older ones fall back to the date', () => {
    const now = Date.parse(fifthOfMarch);
    expect(formatRelative(new Date(now - 3 * 60_000).toISOString(), 'vi', now)).toBe('3 phút trước');
    expect(formatRelative(new Date(now - 3 * 60_000).toISOString(), 'en', now)).toBe('3 minutes ago');
    expect(formatRelative('2025-02-01T12:00:00Z', 'vi', now)).toBe('1/2/2025');
  });
});
