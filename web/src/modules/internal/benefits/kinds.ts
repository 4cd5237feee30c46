import { BENEFIT_AMOUNT_PERIODS, BENEFIT_KINDS, BENEFIT_KINDS_WITH_AMOUNT, type BenefitKind } from '@tandem/shared';

export { BENEFIT_AMOUNT_PERIODS, BENEFIT_KINDS };
export type BenefitAmountPeriod = (typeof BENEFIT_AMOUNT_PERIODS)[number];

export const isBenefitKind = (value: string | null): value is BenefitKind => value !== null && (BENEFIT_KINDS as readonly string[]).includes(value);
export const isAmountPeriod = (value: string | null): value is BenefitAmountPeriod => value !== null && (BENEFIT_AMOUNT_PERIODS as readonly string[]).includes(value);
/** Insurance, allowances and "other" carry a money amount; discounts and leave do not. */
export const hasAmount = (kind: BenefitKind): boolean => BENEFIT_KINDS_WITH_AMOUNT.includes(kind);

export const KIND_COLOR: Record<BenefitKind, string> = { insurance: 'ocean', allowance: 'teal', discount: 'grape', leave: 'yellow', other: 'gray' };

/** Whole đồng from a number field, or null when empty or not a number. */
export const money = (value: number | string): number | null => {
  if (value === '' || value === null) return null;
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) && n >= 0 ? Math.round(n) : null;
};

export const moneyInputProps = { thousandSeparator: '.', decimalSeparator: ',', allowDecimal: false, allowNegative: false, suffix: ' ₫', hideControls: true } as const;
