import { describe, expect, test } from 'vitest';
import { formatDate, formatDay, formatMoney, formatNumber, formatPhone, formatRelative, parseDay, telHref } from './format';

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

describe('days without a time (birthdays)', () => {
  test('are shown from their parts, so no time zone moves them', () => {
    expect(formatDay('1990-08-05', 'vi')).toBe('5/8/1990');
    expect(formatDay('1990-08-05', 'en')).toBe('05/08/1990');
    expect(formatDay('2000-01-01', 'vi')).toBe('1/1/2000');
  });

  test('typed day first, in the usual separators, or as ISO', () => {
    expect(parseDay('15/8/1990')).toBe('1990-08-15');
    expect(parseDay(' 05-03-2001 ')).toBe('2001-03-05');
    expect(parseDay('5.3.2001')).toBe('2001-03-05');
    expect(parseDay('2001-03-05')).toBe('2001-03-05');
  });

  test('refuses dates that do not exist', () => {
    expect(parseDay('31/4/2020')).toBeNull();
    expect(parseDay('29/2/2023')).toBeNull();
    expect(parseDay('29/2/2024')).toBe('2024-02-29');
    expect(parseDay('8/15/1990')).toBeNull();
    expect(parseDay('1990')).toBeNull();
    expect(parseDay('')).toBeNull();
  });
});

describe('money and numbers', () => {
  test('đồng are whole, grouped with dots in Vietnamese, the symbol after', () => {
    expect(formatMoney(1_234_567.6, 'vi')).toBe('1.234.568\u00a0₫');
    expect(formatMoney(0, 'vi')).toBe('0\u00a0₫');
    expect(formatMoney(1_234_568, 'en')).toBe('1,234,568\u00a0₫');
  });

  test('numbers follow the language', () => {
    expect(formatNumber(1234.5, 'vi')).toBe('1.234,5');
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
  });
});

describe('phones', () => {
  test('mobiles read 4-3-3 with the leading 0', () => {
    expect(formatPhone('+84912345678')).toBe('0912 345 678');
    expect(formatPhone('+84327654321')).toBe('0327 654 321');
  });

  test('landlines group by area code', () => {
    expect(formatPhone('+842438261234')).toBe('024 3826 1234');
    expect(formatPhone('+842838295555')).toBe('028 3829 5555');
    expect(formatPhone('+842363822222')).toBe('0236 382 2222');
  });

  test('1800/1900 numbers and anything unknown', () => {
    expect(formatPhone('18001091')).toBe('1800 1091');
    expect(formatPhone('1900545415')).toBe('1900 545 415');
    expect(formatPhone('+12125550100')).toBe('+12125550100');
  });

  test('tel: links keep only digits and the plus', () => {
    expect(telHref('+84912345678')).toBe('tel:+84912345678');
  });
});
