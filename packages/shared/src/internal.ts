import { z } from 'zod';
import { ZEmail } from './auth';
import { ZId } from './common';
import { ZPhoneNumber } from './customers';
import { toNfc } from './vn';

export const EMPLOYEE_STATUSES = ['active', 'on_leave', 'left'] as const;
export const CONTRACT_TYPES = ['probation', 'fixed_term', 'indefinite', 'seasonal'] as const;
export const REQUEST_STATUSES = ['new', 'in_progress', 'waiting', 'resolved', 'closed'] as const;
export const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];
export type ContractType = (typeof CONTRACT_TYPES)[number];

const name = (max: number) => z.string().trim().min(1).max(max).transform(toNfc);
const text = (max: number) => z.string().trim().max(max).transform(toNfc).nullish();
const day = z.iso.date();
const stamp = z.iso.datetime({ offset: true });
/** Money in whole đồng. */
const vnd = z.number().int().min(0).max(1e15);

// ---- Departments, locations, positions ----
export const ZCreateDepartmentRequest = z
  .object({ name: name(200), code: text(50), description: text(2000), parentId: ZId.nullish(), headEmployeeId: ZId.nullish() })
  .strict();
export const ZUpdateDepartmentRequest = ZCreateDepartmentRequest.partial().extend({ archived: z.boolean().optional() }).strict();
export const ZDepartment = z.object({
  id: ZId,
  name: z.string(),
  code: z.string().nullable(),
  description: z.string().nullable(),
  parentId: ZId.nullable(),
  headEmployeeId: ZId.nullable(),
  headName: z.string().nullable(),
  headcount: z.number().int(),
  archived: z.boolean(),
});
export type TDepartment = z.infer<typeof ZDepartment>;

export const ZCreateLocationRequest = z
  .object({ name: name(200), street: text(300), wardCode: z.string().regex(/^\d{5}$/).nullish(), provinceCode: z.string().regex(/^\d{2}$/).nullish() })
  .strict();
export const ZLocation = z.object({ id: ZId, name: z.string(), street: z.string().nullable(), wardCode: z.string().nullable(), provinceCode: z.string().nullable() });
export const ZCreatePositionRequest = z.object({ title: name(200), level: z.number().int().min(0).max(100).nullish() }).strict();
export const ZPosition = z.object({ id: ZId, title: z.string(), level: z.number().int().nullable() });

// ---- Employees ----
const employeeFields = {
  fullName: name(200),
  employeeCode: text(50),
  email: ZEmail.nullish(),
  phone: ZPhoneNumber.nullish(),
  birthday: day.nullish(),
  gender: z.enum(['female', 'male', 'other']).nullish(),
  departmentId: ZId.nullish(),
  managerId: ZId.nullish(),
  positionId: ZId.nullish(),
  locationId: ZId.nullish(),
  startDate: day,
  /** The employee's Tandem account (a member of this workspace). */
  userId: ZId.nullish(),
  /** The same human in the customer registry. */
  personId: ZId.nullish(),
};
export const ZCreateEmployeeRequest = z.object(employeeFields).strict();
export const ZUpdateEmployeeRequest = z
  .object({
    ...employeeFields,
    status: z.enum(EMPLOYEE_STATUSES),
    leftDate: day.nullish(),
    leftReason: text(1000),
  })
  .partial()
  .strict();
export type TCreateEmployeeRequest = z.input<typeof ZCreateEmployeeRequest>;

/** An employee as everyone may see them: no salary, no contract terms. */
export const ZEmployee = z.object({
  id: ZId,
  fullName: z.string(),
  employeeCode: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  birthday: z.string().nullable(),
  gender: z.enum(['female', 'male', 'other']).nullable(),
  departmentId: ZId.nullable(),
  departmentName: z.string().nullable(),
  managerId: ZId.nullable(),
  managerName: z.string().nullable(),
  positionId: ZId.nullable(),
  positionTitle: z.string().nullable(),
  locationId: ZId.nullable(),
  startDate: z.string(),
  status: z.enum(EMPLOYEE_STATUSES),
  leftDate: z.string().nullable(),
  leftReason: z.string().nullable(),
  userId: ZId.nullable(),
  personId: ZId.nullable(),
  /** Type of the contract in force (its terms are HR-only). */
  contractType: z.enum(CONTRACT_TYPES).nullable(),
  referralCode: z.string(),
  referralUrl: z.string(),
  createdAt: stamp,
});
export type TEmployee = z.infer<typeof ZEmployee>;

export const ZEmployeeListQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: z.string().max(500).optional(),
    departmentId: ZId.optional(),
    status: z.enum(EMPLOYEE_STATUSES).optional(),
    q: z.string().trim().max(200).optional(),
  })
  .strict();

// ---- Contracts (HR and owner only) ----
const allowance = z.object({ name: name(100), amount: vnd }).strict();
export const ZCreateContractRequest = z
  .object({
    type: z.enum(CONTRACT_TYPES),
    number: text(100),
    startDate: day,
    endDate: day.nullish(),
    salary: vnd.nullish(),
    allowances: z.array(allowance).max(20).default([]),
    notes: text(5000),
  })
  .strict();
export const ZUpdateContractRequest = ZCreateContractRequest.partial().strict();
export const ZContract = z.object({
  id: ZId,
  employeeId: ZId,
  type: z.enum(CONTRACT_TYPES),
  number: z.string().nullable(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  salary: z.number().nullable(),
  allowances: z.array(z.object({ name: z.string(), amount: z.number() })),
  notes: z.string().nullable(),
  createdAt: stamp,
});
export type TContract = z.infer<typeof ZContract>;

export const ZTurnoverQuery = z.object({ from: day, to: day, departmentId: ZId.optional() }).strict();
export const ZTurnoverRow = z.object({
  departmentId: ZId.nullable(),
  departmentName: z.string(),
  headcountStart: z.number().int(),
  headcountEnd: z.number().int(),
  averageHeadcount: z.number(),
  hires: z.number().int(),
  exits: z.number().int(),
  /** exits / average headcount, in %; null when there was nobody. */
  turnoverPercent: z.number().nullable(),
  /** Average tenure of the people employed at the end of the period, in months. */
  averageTenureMonths: z.number().nullable(),
});

// ---- Service desk ----
export const ZServiceField = z
  .object({
    key: z.string().regex(/^[a-z][a-z0-9_]{0,40}$/),
    label: name(200),
    type: z.enum(['text', 'textarea', 'number', 'date', 'select']),
    required: z.boolean().default(false),
    options: z.array(z.string().trim().min(1).max(200)).max(100).optional(),
  })
  .strict();
export const ZCreateServiceRequest = z
  .object({
    departmentId: ZId,
    name: name(200),
    description: text(2000),
    formFields: z.array(ZServiceField).max(30).default([]),
    defaultAssigneeId: ZId.nullish(),
    /** SLA targets in WORKING minutes of the workspace calendar. */
    firstResponseMinutes: z.number().int().min(1).max(60 * 24 * 60),
    resolutionMinutes: z.number().int().min(1).max(60 * 24 * 365),
  })
  .strict();
export const ZUpdateServiceRequest = ZCreateServiceRequest.partial().extend({ active: z.boolean().optional() }).strict();
export const ZService = z.object({
  id: ZId,
  departmentId: ZId,
  departmentName: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  formFields: z.array(z.object({ key: z.string(), label: z.string(), type: z.string(), required: z.boolean(), options: z.array(z.string()).optional() })),
  defaultAssigneeId: ZId.nullable(),
  firstResponseMinutes: z.number().int(),
  resolutionMinutes: z.number().int(),
  active: z.boolean(),
});
export type TService = z.infer<typeof ZService>;

export const ZCreateInternalRequest = z
  .object({
    serviceId: ZId,
    title: name(300),
    answers: z.record(z.string(), z.union([z.string().max(5000), z.number(), z.null()])).default({}),
    priority: z.enum(PRIORITIES).default('normal'),
    /** Defaults to the caller's own employee record. */
    requesterEmployeeId: ZId.optional(),
  })
  .strict();
export const ZUpdateInternalRequest = z
  .object({ status: z.enum(REQUEST_STATUSES), assigneeId: ZId.nullable(), priority: z.enum(PRIORITIES) })
  .partial()
  .strict();
export const ZSlaClock = z.object({
  targetMinutes: z.number().int(),
  elapsedMinutes: z.number().int(),
  dueAt: stamp,
  /** Met, running, paused (waiting on the requester) or breached. */
  state: z.enum(['met', 'running', 'paused', 'breached']),
});
export const ZInternalRequest = z.object({
  id: ZId,
  number: z.number().int(),
  serviceId: ZId,
  serviceName: z.string(),
  providerDepartmentId: ZId,
  providerDepartmentName: z.string(),
  requesterEmployeeId: ZId,
  requesterName: z.string(),
  requesterDepartmentId: ZId.nullable(),
  assigneeId: ZId.nullable(),
  assigneeName: z.string().nullable(),
  title: z.string(),
  answers: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
  priority: z.enum(PRIORITIES),
  status: z.enum(REQUEST_STATUSES),
  firstResponse: ZSlaClock,
  resolution: ZSlaClock,
  rating: z.object({ score: z.number().int(), comment: z.string().nullable(), ratedAt: stamp }).nullable(),
  createdAt: stamp,
  firstResponseAt: stamp.nullable(),
  resolvedAt: stamp.nullable(),
  closedAt: stamp.nullable(),
});
export type TInternalRequest = z.infer<typeof ZInternalRequest>;
export const ZInternalRequestListQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: z.string().max(500).optional(),
    /** mine = I asked; assigned = assigned to me; provider/requester = by department. */
    scope: z.enum(['all', 'mine', 'assigned']).default('all'),
    providerDepartmentId: ZId.optional(),
    requesterDepartmentId: ZId.optional(),
    status: z.enum(REQUEST_STATUSES).optional(),
    breached: z.enum(['true', 'false']).optional(),
  })
  .strict();
export const ZCreateCommentRequest = z.object({ body: name(10_000) }).strict();
export const ZRequestComment = z.object({
  id: ZId,
  authorName: z.string().nullable(),
  /** Which side wrote it: the requester, or the providing department (the agent working it). */
  authorSide: z.enum(['requester', 'agent']),
  body: z.string(),
  createdAt: stamp,
});
export const ZRateRequest = z.object({ score: z.number().int().min(1).max(5), comment: text(2000) }).strict();
export const ZInternalCsat = z.object({
  departmentId: ZId.nullable(),
  departmentName: z.string().nullable(),
  serviceId: ZId.nullable(),
  serviceName: z.string().nullable(),
  /** Number of ratings: shown beside every figure. */
  ratings: z.number().int(),
  /** % of ratings that are 4 or 5 (CSAT), null without ratings. */
  csat: z.number().nullable(),
  average: z.number().nullable(),
});

export const ZWorkCalendar = z.object({
  timeZone: z.string(),
  workDays: z.array(z.number().int().min(1).max(7)),
  periods: z.array(z.object({ start: z.string().regex(/^\d{2}:\d{2}$/), end: z.string().regex(/^\d{2}:\d{2}$/) })),
  /** Vietnam's statutory public holidays (Tết, Giỗ Tổ, 30/4, 1/5, 2/9...) are kept for every year, computed. */
  publicHolidays: z.boolean(),
  /** Those statutory days for last, this and next year (read-only, for display); empty when `publicHolidays` is off. */
  publicHolidayList: z.array(z.object({ date: z.string(), name: z.string() })),
  /** The workspace's own days off (compensatory days, swapped days, company holidays). */
  holidays: z.array(z.object({ date: z.string(), name: z.string() })),
});
export const ZUpdateWorkCalendar = z
  .object({
    workDays: z.array(z.number().int().min(1).max(7)).min(1).max(7),
    periods: z.array(z.object({ start: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/), end: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/) }).strict()).min(1).max(6),
    /** The workspace's own days off; they replace the whole list. */
    holidays: z.array(z.object({ date: day, name: name(100) }).strict()).max(400),
    /** Keep Vietnam's statutory public holidays of every year (default on). */
    publicHolidays: z.boolean(),
  })
  .partial()
  .strict();

// ---- Employees as customers ----
export const ZCreateDiscountPolicyRequest = z
  .object({
    name: name(200),
    category: text(100),
    percent: z.number().int().min(1).max(100),
    capAmount: vnd.nullish(),
    period: z.enum(['month', 'quarter', 'year']).default('month'),
    minTenureMonths: z.number().int().min(0).max(600).default(0),
    contractTypes: z.array(z.enum(CONTRACT_TYPES)).min(1).nullish(),
    active: z.boolean().default(true),
  })
  .strict();
export const ZUpdateDiscountPolicyRequest = ZCreateDiscountPolicyRequest.partial().strict();
export const ZDiscountPolicy = z.object({
  id: ZId,
  name: z.string(),
  category: z.string().nullable(),
  percent: z.number().int(),
  capAmount: z.number().nullable(),
  period: z.enum(['month', 'quarter', 'year']),
  minTenureMonths: z.number().int(),
  contractTypes: z.array(z.enum(CONTRACT_TYPES)).nullable(),
  active: z.boolean(),
});
export const ZCreateProductRequest = z
  .object({ name: name(300), sku: text(100), category: name(100), price: vnd, ownProduct: z.boolean().default(true), launchDate: day.nullish() })
  .strict();
export const ZProduct = z.object({ id: ZId, name: z.string(), sku: z.string().nullable(), category: z.string(), price: z.number(), ownProduct: z.boolean(), launchDate: z.string().nullable(), active: z.boolean() });
export const ZCreateOrderRequest = z
  .object({
    buyerPersonId: ZId,
    orderedAt: stamp.optional(),
    lines: z.array(z.object({ productId: ZId, quantity: z.number().int().min(1).max(100_000) }).strict()).min(1).max(200),
  })
  .strict();
export const ZOrder = z.object({
  id: ZId,
  number: z.number().int(),
  buyerPersonId: ZId,
  buyerEmployeeId: ZId.nullable(),
  orderedAt: stamp,
  status: z.string(),
  subtotal: z.number(),
  discountTotal: z.number(),
  total: z.number(),
  lines: z.array(
    z.object({
      productId: ZId,
      productName: z.string(),
      category: z.string(),
      quantity: z.number().int(),
      unitPrice: z.number(),
      discountAmount: z.number(),
      discountPolicyId: ZId.nullable(),
      reason: z.string().nullable(),
    }),
  ),
});
export const ZDiscountUsage = z.object({
  employeeId: ZId,
  employeeName: z.string(),
  policyId: ZId,
  policyName: z.string(),
  period: z.string(),
  used: z.number(),
  cap: z.number().nullable(),
  remaining: z.number().nullable(),
});
export const ZReferralStats = z.object({
  employeeId: ZId,
  employeeName: z.string(),
  departmentName: z.string().nullable(),
  referralCode: z.string(),
  referredCustomers: z.number().int(),
  /** Revenue of orders by the customers they referred (whole đồng). */
  referredRevenue: z.number(),
});
/** A prospective customer leaving their details on an employee's referral page (public). */
export const ZReferralSignup = z
  .object({
    fullName: name(200),
    phone: ZPhoneNumber,
    email: ZEmail.nullish(),
    note: text(1000),
    /** Explicit, never pre-ticked: may the business contact them by phone/Zalo. */
    consentToContact: z.literal(true),
  })
  .strict();
