import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoTimestamp } from './responses';

/** A timestamptz as PostgreSQL writes it with TimeZone UTC: microseconds, trailing zeros dropped. */
const pgText = (ms: number, micros: number) => {
  const d = new Date(ms);
  const fraction = String(d.getUTCMilliseconds() * 1000 + micros).padStart(6, '0').replace(/0+$/, '');
  return `${d.toISOString().slice(0, 10)} ${d.toISOString().slice(11, 19)}${fraction ? `.${fraction}` : ''}+00`;
};

describe('isoTimestamp', () => {
  it.each([
    ['2025-06-01 10:20:30.123456+00', '2025-06-01T10:20:30.123Z'],
    ['2025-06-01 10:20:30.1+00', '2025-06-01T10:20:30.100Z'],
    ['2025-06-01 10:20:30+00', '2025-06-01T10:20:30.000Z'],
    ['2025-06-01 17:20:30.5+07', '2025-06-01T10:20:30.500Z'],
  ])('%s → %s', (text, expected) => {
    expect(isoTimestamp(text)).toBe(expected);
  });

  it('writes what Date.toISOString writes, for PostgreSQL text and for Dates', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4_102_444_800_000 }), fc.integer({ min: 0, max: 999 }), (ms, micros) => {
        expect(isoTimestamp(pgText(ms, micros))).toBe(new Date(ms).toISOString());
        expect(isoTimestamp(new Date(ms))).toBe(new Date(ms).toISOString());
      }),
    );
  });
});
