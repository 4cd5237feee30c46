import type {
  ZDiscountPolicy,
  ZDiscountUsage,
  ZInternalCsat,
  ZLocation,
  ZPosition,
  ZReferralSignup,
  ZReferralStats,
  ZRequestComment,
  ZTurnoverRow,
  ZWorkCalendar,
  ZCreateContractRequest,
  ZCreateDepartmentRequest,
  ZCreateDiscountPolicyRequest,
  ZCreateEmployeeRequest,
  ZCreateInternalRequest,
  ZCreateServiceRequest,
  ZUpdateDepartmentRequest,
  ZUpdateDiscountPolicyRequest,
  ZUpdateEmployeeRequest,
  ZUpdateInternalRequest,
  ZUpdateServiceRequest,
  ZUpdateWorkCalendar,
  ZServiceField,
} from '@tandem/shared';

// Types of the internal-customers API, read from the shared zod schemas without importing zod or any
// runtime value: `_zod.output` / `_zod.input` are what `z.infer` / `z.input` resolve to.
type Out<S extends { _zod: { output: unknown } }> = S['_zod']['output'];
type In<S extends { _zod: { input: unknown } }> = S['_zod']['input'];

import type { TEmployee, TInternalRequest } from '@tandem/shared';

export type {
  ContractType,
  RequestStatus,
  TContract,
  TDepartment,
  TEmployee,
  TInternalRequest,
  TService,
} from '@tandem/shared';

export type TPosition = Out<typeof ZPosition>;
export type TLocation = Out<typeof ZLocation>;
export type TTurnoverRow = Out<typeof ZTurnoverRow>;
export type TInternalCsat = Out<typeof ZInternalCsat>;
export type TRequestComment = Out<typeof ZRequestComment>;
export type TWorkCalendar = Out<typeof ZWorkCalendar>;
export type TDiscountPolicy = Out<typeof ZDiscountPolicy>;
export type TDiscountUsage = Out<typeof ZDiscountUsage>;
export type TReferralStats = Out<typeof ZReferralStats>;
export type TServiceField = Out<typeof ZServiceField>;

export type TCreateDepartment = In<typeof ZCreateDepartmentRequest>;
export type TUpdateDepartment = In<typeof ZUpdateDepartmentRequest>;
export type TCreateEmployee = In<typeof ZCreateEmployeeRequest>;
export type TUpdateEmployee = In<typeof ZUpdateEmployeeRequest>;
export type TCreateContract = In<typeof ZCreateContractRequest>;
export type TCreateService = In<typeof ZCreateServiceRequest>;
export type TUpdateService = In<typeof ZUpdateServiceRequest>;
export type TCreateInternalRequest = In<typeof ZCreateInternalRequest>;
export type TUpdateInternalRequest = In<typeof ZUpdateInternalRequest>;
export type TUpdateWorkCalendar = In<typeof ZUpdateWorkCalendar>;
export type TCreateDiscountPolicy = In<typeof ZCreateDiscountPolicyRequest>;
export type TUpdateDiscountPolicy = In<typeof ZUpdateDiscountPolicyRequest>;
export type TReferralSignup = In<typeof ZReferralSignup>;

export type Priority = TInternalRequest['priority'];
export type EmployeeStatus = TEmployee['status'];
export type SlaClock = TInternalRequest['firstResponse'];
export type SlaState = SlaClock['state'];
export type DiscountPeriod = TDiscountPolicy['period'];
export type FieldType = TServiceField['type'];

/** What a department provides to the others and what it asks of them (GET /departments/:id/service-summary). */
export type TServiceSummary = {
  provides: {
    requests: number;
    open: number;
    resolved: number;
    /** % of requests that met both SLA targets; null without requests. */
    slaCompliance: number | null;
    breached: number;
    ratings: number;
    csat: number | null;
    average: number | null;
  };
  consumes: { departmentId: string; departmentName: string; requests: number; ratings: number; csat: number | null }[];
};

/** An HR document's metadata (the file itself is downloaded by its own address). */
export type TEmployeeDocument = {
  id: string;
  employeeId: string;
  title: string;
  kind: string | null;
  fileName: string;
  contentType: string;
  size: number;
  createdAt: string;
};

/** The public referral page: whose link it is and for which business. */
export type TReferralLanding = { workspaceName: string; employeeName: string };
