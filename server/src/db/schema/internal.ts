import { sql } from 'drizzle-orm';
import { bigint, boolean, customType, date, index, integer, jsonb, pgTable, primaryKey, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './platform';

const id = () => uuid('id').notNull().default(sql`tandem_uuid7()`);
const workspaceId = () => uuid('workspace_id').notNull();
const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const created = () => ts('created_at').notNull().defaultNow();
const updated = () => ts('updated_at').notNull().defaultNow();
/** Money: whole đồng (VND has no minor unit in use). */
const vnd = (name: string) => bigint(name, { mode: 'number' });
const bytea = customType<{ data: Buffer }>({ dataType: () => 'bytea' });

/** Departments as a tree (parent_id), with a head employee. */
export const departments = pgTable(
  'departments',
  {
    workspaceId: workspaceId(),
    id: id(),
    name: text('name').notNull(),
    code: text('code'),
    description: text('description'),
    parentId: uuid('parent_id'),
    headEmployeeId: uuid('head_employee_id'),
    archivedAt: ts('archived_at'),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.id] }), index('departments_parent_idx').on(t.workspaceId, t.parentId)],
);

/** Branches and other places people work. */
export const locations = pgTable(
  'locations',
  {
    workspaceId: workspaceId(),
    id: id(),
    name: text('name').notNull(),
    street: text('street'),
    wardCode: text('ward_code'),
    provinceCode: text('province_code'),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.id] })],
);

export const positions = pgTable(
  'positions',
  {
    workspaceId: workspaceId(),
    id: id(),
    title: text('title').notNull(),
    level: smallint('level'),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.id] })],
);

export type EmployeeStatus = 'active' | 'on_leave' | 'left';

export const employees = pgTable(
  'employees',
  {
    workspaceId: workspaceId(),
    id: id(),
    fullName: text('full_name').notNull(),
    employeeCode: text('employee_code'),
    email: text('email'),
    phone: text('phone'),
    birthday: date('birthday', { mode: 'string' }),
    gender: text('gender').$type<'female' | 'male' | 'other'>(),
    departmentId: uuid('department_id'),
    managerId: uuid('manager_id'),
    positionId: uuid('position_id'),
    locationId: uuid('location_id'),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    status: text('status').$type<EmployeeStatus>().notNull().default('active'),
    leftDate: date('left_date', { mode: 'string' }),
    leftReason: text('left_reason'),
    /** The Tandem account of this employee, if they sign in. */
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    /** The same human in the customer registry (as a buyer), so their purchases and referrals are theirs. */
    personId: uuid('person_id'),
    /** Personal referral code for the referral link. */
    referralCode: text('referral_code').notNull(),
    createdAt: created(),
    updatedAt: updated(),
    deletedAt: ts('deleted_at'),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex('employees_referral_code_uq').on(t.workspaceId, t.referralCode),
    index('employees_department_idx').on(t.workspaceId, t.departmentId),
    index('employees_user_idx').on(t.workspaceId, t.userId),
  ],
);

export type ContractType = 'probation' | 'fixed_term' | 'indefinite' | 'seasonal';

/** Employment contracts. Salary and allowances are sensitive: only `hr` and `owner` see them. */
export const contracts = pgTable(
  'employee_contracts',
  {
    workspaceId: workspaceId(),
    id: id(),
    employeeId: uuid('employee_id').notNull(),
    type: text('type').$type<ContractType>().notNull(),
    number: text('number'),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }),
    salary: vnd('salary'),
    allowances: jsonb('allowances').$type<{ name: string; amount: number }[]>().notNull().default([]),
    notes: text('notes'),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.id] }), index('employee_contracts_employee_idx').on(t.workspaceId, t.employeeId, t.startDate)],
);

export type BenefitKind = 'insurance' | 'allowance' | 'discount' | 'leave' | 'other';
export type BenefitAmountPeriod = 'month' | 'quarter' | 'year' | 'once';

/**
 * The workspace's catalog of benefits and policies (insurance, allowances, the employee discount
 * policy, leave...). Amounts are HR-sensitive: only `hr.sensitive` roles receive them.
 */
export const benefits = pgTable(
  'benefits',
  {
    workspaceId: workspaceId(),
    id: id(),
    name: text('name').notNull(),
    kind: text('kind').$type<BenefitKind>().notNull(),
    description: text('description'),
    /** The usual amount (whole đồng) of an allowance or insurance premium; an assignment may differ. */
    defaultAmount: vnd('default_amount'),
    /** What the amount is per: month, quarter, year, or once. */
    amountPeriod: text('amount_period').$type<BenefitAmountPeriod>(),
    /** For kind `discount`: the employee purchase discount policy this benefit stands for. */
    discountPolicyId: uuid('discount_policy_id'),
    archivedAt: ts('archived_at'),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.id] })],
);

/** A benefit given to an employee for a period, with its amount (HR-sensitive) and notes. */
export const employeeBenefits = pgTable(
  'employee_benefits',
  {
    workspaceId: workspaceId(),
    id: id(),
    employeeId: uuid('employee_id').notNull(),
    benefitId: uuid('benefit_id').notNull(),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }),
    amount: vnd('amount'),
    notes: text('notes'),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('employee_benefits_employee_idx').on(t.workspaceId, t.employeeId, t.startDate),
    index('employee_benefits_benefit_idx').on(t.workspaceId, t.benefitId),
  ],
);

/** Documents of an employee (contract scans, certificates); the bytes are kept in the database. */
export const employeeDocuments = pgTable(
  'employee_documents',
  {
    workspaceId: workspaceId(),
    id: id(),
    employeeId: uuid('employee_id').notNull(),
    title: text('title').notNull(),
    kind: text('kind'),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    content: bytea('content').notNull(),
    uploadedByUserId: uuid('uploaded_by_user_id'),
    createdAt: created(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.id] }), index('employee_documents_employee_idx').on(t.workspaceId, t.employeeId)],
);

/** The workspace's working calendar for SLA clocks: days, hours, holidays. */
export const workCalendars = pgTable('work_calendars', {
  workspaceId: uuid('workspace_id').primaryKey(),
  timeZone: text('time_zone').notNull().default('Asia/Ho_Chi_Minh'),
  workDays: smallint('work_days').array().notNull().default(sql`'{1,2,3,4,5}'::smallint[]`),
  periods: jsonb('periods').$type<{ start: string; end: string }[]>().notNull(),
  /** Vietnam's statutory public holidays are computed for every year (Tết from the lunar calendar); `holidays` adds the workspace's own days. */
  vietnamPublicHolidays: boolean('vietnam_public_holidays').notNull().default(true),
  updatedAt: updated(),
});

export const holidays = pgTable(
  'holidays',
  {
    workspaceId: workspaceId(),
    date: date('date', { mode: 'string' }).notNull(),
    name: text('name').notNull(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.date] })],
);

/** A department's service catalog entry: what others can ask it for, with a form and SLA targets. */
export const services = pgTable(
  'services',
  {
    workspaceId: workspaceId(),
    id: id(),
    departmentId: uuid('department_id').notNull(),
    name: text('name').notNull(),
    description: text('description'),
    formFields: jsonb('form_fields').$type<{ key: string; label: string; type: 'text' | 'textarea' | 'number' | 'date' | 'select'; required: boolean; options?: string[] }[]>().notNull().default([]),
    defaultAssigneeId: uuid('default_assignee_id'),
    firstResponseMinutes: integer('first_response_minutes').notNull(),
    resolutionMinutes: integer('resolution_minutes').notNull(),
    active: boolean('active').notNull().default(true),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.id] }), index('services_department_idx').on(t.workspaceId, t.departmentId)],
);

export type RequestStatus = 'new' | 'in_progress' | 'waiting' | 'resolved' | 'closed';

/** An internal request: one employee (or department) asks another department's service. */
export const internalRequests = pgTable(
  'internal_requests',
  {
    workspaceId: workspaceId(),
    id: id(),
    number: integer('number').notNull(),
    serviceId: uuid('service_id').notNull(),
    /** The department that provides the service (copied from the service: reports group by it). */
    providerDepartmentId: uuid('provider_department_id').notNull(),
    requesterEmployeeId: uuid('requester_employee_id').notNull(),
    requesterDepartmentId: uuid('requester_department_id'),
    assigneeId: uuid('assignee_id'),
    title: text('title').notNull(),
    answers: jsonb('answers').$type<Record<string, string | number | null>>().notNull().default({}),
    priority: text('priority').$type<'low' | 'normal' | 'high' | 'urgent'>().notNull().default('normal'),
    status: text('status').$type<RequestStatus>().notNull().default('new'),
    /** Intervals spent waiting on the requester: the SLA clocks pause during them. */
    pauses: jsonb('pauses').$type<{ from: string; to: string | null }[]>().notNull().default([]),
    firstResponseAt: ts('first_response_at'),
    resolvedAt: ts('resolved_at'),
    closedAt: ts('closed_at'),
    firstResponseDueAt: ts('first_response_due_at').notNull(),
    resolutionDueAt: ts('resolution_due_at').notNull(),
    firstResponseBreached: boolean('first_response_breached').notNull().default(false),
    resolutionBreached: boolean('resolution_breached').notNull().default(false),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex('internal_requests_number_uq').on(t.workspaceId, t.number),
    index('internal_requests_provider_idx').on(t.workspaceId, t.providerDepartmentId, t.status),
    index('internal_requests_requester_idx').on(t.workspaceId, t.requesterEmployeeId),
    index('internal_requests_assignee_idx').on(t.workspaceId, t.assigneeId, t.status),
  ],
);

export const requestComments = pgTable(
  'internal_request_comments',
  {
    workspaceId: workspaceId(),
    id: id(),
    requestId: uuid('request_id').notNull(),
    authorEmployeeId: uuid('author_employee_id'),
    authorUserId: uuid('author_user_id'),
    body: text('body').notNull(),
    createdAt: created(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.id] }), index('internal_request_comments_request_idx').on(t.workspaceId, t.requestId, t.id)],
);

/** The requester's rating after resolution (1–5): the internal CSAT. One per request. */
export const requestRatings = pgTable(
  'internal_request_ratings',
  {
    workspaceId: workspaceId(),
    requestId: uuid('request_id').notNull(),
    score: smallint('score').notNull(),
    comment: text('comment'),
    ratedAt: ts('rated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.requestId] })],
);

/** Minimal products: the sales module extends them. `category` drives the employee discount policies. */
export const products = pgTable(
  'products',
  {
    workspaceId: workspaceId(),
    id: id(),
    name: text('name').notNull(),
    sku: text('sku'),
    category: text('category').notNull(),
    price: vnd('price').notNull(),
    ownProduct: boolean('own_product').notNull().default(true),
    launchDate: date('launch_date', { mode: 'string' }),
    active: boolean('active').notNull().default(true),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.id] })],
);

/** Minimal orders: a buyer (a person of the registry), lines, and the employee discount applied. */
export const orders = pgTable(
  'orders',
  {
    workspaceId: workspaceId(),
    id: id(),
    number: integer('number').notNull(),
    buyerPersonId: uuid('buyer_person_id').notNull(),
    /** Set when the buyer is an employee: the purchase counts against their discount caps. */
    buyerEmployeeId: uuid('buyer_employee_id'),
    orderedAt: ts('ordered_at').notNull().defaultNow(),
    status: text('status').$type<'placed' | 'paid' | 'delivered' | 'cancelled'>().notNull().default('placed'),
    subtotal: vnd('subtotal').notNull(),
    discountTotal: vnd('discount_total').notNull().default(0),
    total: vnd('total').notNull(),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex('orders_number_uq').on(t.workspaceId, t.number),
    index('orders_buyer_idx').on(t.workspaceId, t.buyerPersonId, t.orderedAt),
    index('orders_employee_idx').on(t.workspaceId, t.buyerEmployeeId, t.orderedAt),
  ],
);

export const orderLines = pgTable(
  'order_lines',
  {
    workspaceId: workspaceId(),
    orderId: uuid('order_id').notNull(),
    lineNo: smallint('line_no').notNull(),
    productId: uuid('product_id').notNull(),
    category: text('category').notNull(),
    quantity: integer('quantity').notNull(),
    unitPrice: vnd('unit_price').notNull(),
    discountAmount: vnd('discount_amount').notNull().default(0),
    discountPolicyId: uuid('discount_policy_id'),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.orderId, t.lineNo] }), index('order_lines_policy_idx').on(t.workspaceId, t.discountPolicyId)],
);

/** Employee purchase programme: a discount per product category with a cap per period and eligibility. */
export const discountPolicies = pgTable(
  'discount_policies',
  {
    workspaceId: workspaceId(),
    id: id(),
    name: text('name').notNull(),
    category: text('category'),
    percent: smallint('percent').notNull(),
    capAmount: vnd('cap_amount'),
    period: text('period').$type<'month' | 'quarter' | 'year'>().notNull().default('month'),
    minTenureMonths: smallint('min_tenure_months').notNull().default(0),
    contractTypes: text('contract_types').array().$type<ContractType[]>(),
    active: boolean('active').notNull().default(true),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.id] })],
);

/** Per-workspace counters for human-friendly numbers (requests, orders). */
export const counters = pgTable(
  'counters',
  {
    workspaceId: workspaceId(),
    name: text('name').notNull(),
    value: integer('value').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.name] })],
);
