import { describe, expect, it } from 'vitest';
import { hasAmount, isBenefitKind, money } from './kinds';

describe('benefit kinds and amounts', () => {
  it('gives a money amount to insurance, allowances and other benefits only', () => {
    expect(['insurance', 'allowance', 'other'].every((k) => isBenefitKind(k) && hasAmount(k))).toBe(true);
    expect(hasAmount('discount')).toBe(false);
    expect(hasAmount('leave')).toBe(false);
    expect(isBenefitKind('bonus')).toBe(false);
  });

  it('reads whole đồng from a number field, empty as none', () => {
    expect(money('')).toBeNull();
    expect(money(730000)).toBe(730_000);
    expect(money('880000')).toBe(880_000);
    expect(money(1234.6)).toBe(1235);
    expect(money(-1)).toBeNull();
    expect(money('abc')).toBeNull();
  });
});
