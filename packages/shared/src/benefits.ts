import { z } from 'zod';
import { ZId } from './common';
import { toNfc } from './vn';

/** Kinds of benefit or policy: insurance, an allowance, the employee purchase discount, leave, other. */
export const BENEFIT_KINDS = ['insurance', 'allowance', 'discount', 'leave', 'other'] as const;
export type BenefitKind = (typeof BENEFIT_KINDS)[number];
/** What an amount is per. */
export const BENEFIT_AMOUNT_PERIODS = ['month', 'quarter', 'year', 'once'] as const;
/** Kinds whose benefits carry a money amount (whole đồng); discounts and leave do not. */
export const BENEFIT_KINDS_WITH_AMOUNT: readonly BenefitKind[] = ['insurance', 'allowance', 'other'];

const name = (max: number) => z.string().trim().min(1).max(max).transform(toNfc);
const text = (max: number) => z.string().trim().max(max).transform(toNfc).nullish();
const day = z.iso.date();
const stamp = z.iso.datetime({ offset: true });
/** Money in whole đồng. */
const vnd = z.number().int().min(0).max(1e15);

// ---- The catalog ----
export const ZCreateBenefitRequest = z
  .object({
    name: name(200),
    kind: z.enum(BENEFIT_KINDS),
    description: text(2000),
    /** Usual amount in whole đồng (allowances, insurance premiums). HR-sensitive. */
    defaultAmount: vnd.nullish(),
    amountPeriod: z.enum(BENEFIT_AMOUNT_PERIODS).nullish(),
    /** For kind `discount`: the employee purchase discount policy it stands for. */
    discountPolicyId: ZId.nullish(),
  })
  .strict();
export type TCreateBenefitRequest = z.input<typeof ZCreateBenefitRequest>;
export const ZUpdateBenefitRequest = ZCreateBenefitRequest.partial().extend({ archived: z.boolean().optional() }).strict();
export type TUpdateBenefitRequest = z.input<typeof ZUpdateBenefitRequest>;

export const ZBenefitListQuery = z
  .object({
    kind: z.enum(BENEFIT_KINDS).optional(),
    /** Archived benefits are left out unless this is `true`. */
    includeArchived: z.enum(['true', 'false']).optional(),
  })
  .strict();

/** A benefit of the catalog. Amounts are `null` with `amountHidden: true` for roles without `hr.sensitive`. */
export const ZBenefit = z.object({
  id: ZId,
  name: z.string(),
  kind: z.enum(BENEFIT_KINDS),
  description: z.string().nullable(),
  defaultAmount: z.number().nullable(),
  amountPeriod: z.enum(BENEFIT_AMOUNT_PERIODS).nullable(),
  /** True when amounts exist but the caller may not see them. */
  amountHidden: z.boolean(),
  discountPolicy: z
    .object({ id: ZId, name: z.string(), percent: z.number().int(), capAmount: z.number().nullable(), period: z.enum(['month', 'quarter', 'year']), active: z.boolean() })
    .nullable(),
  /** Employees who hold it today. */
  currentHolders: z.number().int(),
  archived: z.boolean(),
  createdAt: stamp,
});
export type TBenefit = z.infer<typeof ZBenefit>;

// ---- Assignments to employees ----
export const ZAssignBenefitRequest = z
  .object({
    benefitId: ZId,
    startDate: day,
    endDate: day.nullish(),
    /** Whole đồng; defaults to the benefit's usual amount. Only for insurance, allowance and other. HR-sensitive. */
    amount: vnd.nullish(),
    notes: text(2000),
  })
  .strict();
export type TAssignBenefitRequest = z.input<typeof ZAssignBenefitRequest>;
export const ZUpdateEmployeeBenefitRequest = ZAssignBenefitRequest.omit({ benefitId: true }).partial().strict();
export const ZEndEmployeeBenefitRequest = z
  .object({
    /** Last day of the benefit; defaults to today (Vietnam time). */
    endDate: day.optional(),
  })
  .strict();

/** A benefit held by an employee for a period. Amount and notes are `null` (`amountHidden`) without `hr.sensitive`. */
export const ZEmployeeBenefit = z.object({
  id: ZId,
  employeeId: ZId,
  employeeName: z.string(),
  benefitId: ZId,
  benefitName: z.string(),
  kind: z.enum(BENEFIT_KINDS),
  startDate: z.string(),
  endDate: z.string().nullable(),
  /** Current (started, not ended), upcoming or ended, today in Vietnam. */
  state: z.enum(['current', 'upcoming', 'ended']),
  amount: z.number().nullable(),
  amountPeriod: z.enum(BENEFIT_AMOUNT_PERIODS).nullable(),
  notes: z.string().nullable(),
  amountHidden: z.boolean(),
  createdAt: stamp,
});
export type TEmployeeBenefit = z.infer<typeof ZEmployeeBenefit>;

export const ZBenefitHoldersQuery = z
  .object({
    /** Only the assignments in force today (default) or all of them. */
    scope: z.enum(['current', 'all']).default('current'),
  })
  .strict();
