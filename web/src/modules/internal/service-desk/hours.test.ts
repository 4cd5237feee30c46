import { describe, expect, it } from 'vitest';
import { checkPeriods, clockMinutes, hoursToMinutes, minutesToHours, normalizeClock, splitMinutes, weeklyHours } from './hours';

describe('working minutes and hours', () => {
  it('converts both ways', () => {
    expect(minutesToHours(240)).toBe(4);
    expect(minutesToHours(1530)).toBe(25.5);
    expect(minutesToHours(20)).toBe(0.33);
    expect(hoursToMinutes(4)).toBe(240);
    expect(hoursToMinutes(25.5)).toBe(1530);
    expect(hoursToMinutes('1,5')).toBe(90);
    expect(hoursToMinutes(0.001)).toBe(1);
  });

  it('refuses what is not a positive number of hours', () => {
    expect(hoursToMinutes(0)).toBeNull();
    expect(hoursToMinutes(-2)).toBeNull();
    expect(hoursToMinutes('')).toBeNull();
    expect(hoursToMinutes('abc')).toBeNull();
    expect(hoursToMinutes(null)).toBeNull();
  });

  it('splits minutes for reading', () => {
    expect(splitMinutes(135)).toEqual({ hours: 2, minutes: 15 });
    expect(splitMinutes(-45)).toEqual({ hours: 0, minutes: 45 });
  });
});

describe('working calendar', () => {
  it('reads and normalizes times of day', () => {
    expect(clockMinutes('08:30')).toBe(510);
    expect(clockMinutes('24:00')).toBeNaN();
    expect(normalizeClock('8:5')).toBe('08:05');
    expect(normalizeClock('8h30')).toBe('08:30');
    expect(normalizeClock('1730')).toBe('17:30');
    expect(normalizeClock('13')).toBe('13:00');
    expect(normalizeClock('25:00')).toBeNull();
    expect(normalizeClock('sáng')).toBeNull();
  });

  it('counts weekly hours of the Vietnamese office day', () => {
    const periods = [
      { start: '08:00', end: '12:00' },
      { start: '13:00', end: '17:30' },
    ];
    expect(weeklyHours([1, 2, 3, 4, 5], periods)).toBe(42.5);
    expect(weeklyHours([1, 2, 3, 4, 5, 6], [{ start: '08:00', end: '12:00' }])).toBe(24);
  });

  it('finds periods in the wrong order or overlapping', () => {
    expect(
      checkPeriods([
        { start: '08:00', end: '12:00' },
        { start: '11:00', end: '17:00' },
        { start: '18:00', end: '17:00' },
        { start: 'x', end: '17:00' },
      ]),
    ).toEqual(['overlap', 'overlap', 'order', 'invalid']);
    expect(checkPeriods([{ start: '08:00', end: '12:00' }, { start: '12:00', end: '17:00' }])).toEqual([null, null]);
  });
});
