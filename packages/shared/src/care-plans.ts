import { z } from 'zod';
import { ZId } from './common';
import { CUSTOMER_TYPES, LIFECYCLE_STAGES } from './customers';
import { TASK_PRIORITIES } from './tasks';
import { toNfc } from './vn';

/**
 * What starts a care plan for a person:
 * - `first_purchase`: N days after their first (not cancelled) order;
 * - `record_created`: N days after the record was created;
 * - `birthday`: N days before their birthday (0 = on the day), once a year;
 * - `no_interaction`: after N days without any interaction (since the last one, or since creation);
 * - `stage_changed`: N days after their lifecycle stage changed to `triggerStage`.
 */
export const CARE_PLAN_TRIGGERS = ['first_purchase', 'record_created', 'birthday', 'no_interaction', 'stage_changed'] as const;
export type CarePlanTriggerType = (typeof CARE_PLAN_TRIGGERS)[number];
/** Variables a care plan's task title may use (e-mails may use the e-mail template variables). */
export const CARE_PLAN_TASK_VARIABLES = ['name', 'date'] as const;
/**
 * Date-based triggers act on occurrences whose due day is at most this many days ago: a scheduler that
 * was down catches up, but a new rule does not greet everyone who bought something years ago.
 */
export const CARE_PLAN_CATCH_UP_DAYS = 7;

const stamp = z.iso.datetime({ offset: true });
const text = (max: number) => z.string().trim().min(1).max(max).transform(toNfc);

export const ZCarePlanTrigger = z
  .object({
    type: z.enum(CARE_PLAN_TRIGGERS),
    /** N (see the trigger types). */
    days: z.number().int().min(0).max(3650).default(0),
    /** For `stage_changed`: the stage moved to. */
    stage: z.enum(LIFECYCLE_STAGES).nullish(),
  })
  .strict();

/** Who the rule applies to: every filter that is set must match (empty lists = everyone). */
export const ZCarePlanAudience = z
  .object({
    lifecycleStages: z.array(z.enum(LIFECYCLE_STAGES)).max(5).default([]),
    customerTypes: z.array(z.enum(CUSTOMER_TYPES)).max(4).default([]),
    /** Any of these tags. */
    tags: z.array(z.string().trim().min(1).max(100).transform(toNfc)).max(20).default([]),
    ownerUserIds: z.array(ZId).max(50).default([]),
  })
  .strict();

export const ZCarePlanTaskAction = z
  .object({
    /** `{{name}}` and `{{date}}` (the trigger day, dd/MM/yyyy) are filled in. */
    title: text(300),
    description: z.string().trim().max(10_000).transform(toNfc).nullish(),
    /** `owner`: the customer's owner (falls back to `assigneeUserId`, then the rule's author); `user`: `assigneeUserId`. */
    assignee: z.enum(['owner', 'user']).default('owner'),
    assigneeUserId: ZId.nullish(),
    /** Due this many days after the rule fires (at 17:00 Vietnam time). */
    dueInDays: z.number().int().min(0).max(365).default(0),
    priority: z.enum(TASK_PRIORITIES).default('normal'),
  })
  .strict();

export const ZCarePlanEmailAction = z
  .object({
    /** Template text with `{{name}}`, `{{firstName}}`, `{{date}}`... */
    subject: text(300),
    body: text(50_000),
    /** Marketing e-mail goes only to people whose e-mail consent is given. */
    purpose: z.enum(['marketing', 'transactional']).default('marketing'),
  })
  .strict();

const definition = {
  name: text(200),
  description: z.string().trim().max(2000).transform(toNfc).nullish(),
  trigger: ZCarePlanTrigger,
  audience: ZCarePlanAudience.default({ lifecycleStages: [], customerTypes: [], tags: [], ownerUserIds: [] }),
  task: ZCarePlanTaskAction.nullish(),
  email: ZCarePlanEmailAction.nullish(),
};

export const ZCreateCarePlanRequest = z.object({ ...definition, enabled: z.boolean().default(false) }).strict();
export type TCreateCarePlanRequest = z.input<typeof ZCreateCarePlanRequest>;
/** Any part of a rule; an object given (trigger, audience, task, email) replaces that part whole. */
export const ZUpdateCarePlanRequest = z.object({ ...definition, audience: ZCarePlanAudience, enabled: z.boolean() }).partial().strict();
export type TUpdateCarePlanRequest = z.input<typeof ZUpdateCarePlanRequest>;
/** Preview a rule that is not saved yet (the same body as create). */
export const ZCarePlanPreviewRequest = z.object(definition).partial({ name: true }).strict();
export type TCarePlanPreviewRequest = z.input<typeof ZCarePlanPreviewRequest>;

export const ZCarePlan = z.object({
  id: ZId,
  name: z.string(),
  description: z.string().nullable(),
  enabled: z.boolean(),
  trigger: z.object({ type: z.enum(CARE_PLAN_TRIGGERS), days: z.number().int(), stage: z.enum(LIFECYCLE_STAGES).nullable() }),
  audience: z.object({
    lifecycleStages: z.array(z.enum(LIFECYCLE_STAGES)),
    customerTypes: z.array(z.enum(CUSTOMER_TYPES)),
    tags: z.array(z.string()),
    ownerUserIds: z.array(ZId),
  }),
  task: z
    .object({
      title: z.string(),
      description: z.string().nullable(),
      assignee: z.enum(['owner', 'user']),
      assigneeUserId: ZId.nullable(),
      dueInDays: z.number().int(),
      priority: z.enum(TASK_PRIORITIES),
    })
    .nullable(),
  email: z.object({ subject: z.string(), body: z.string(), purpose: z.enum(['marketing', 'transactional']) }).nullable(),
  /** The last evaluation by the scheduler (or "run now"), how many it fired then and in all. */
  lastRunAt: stamp.nullable(),
  lastFired: z.number().int(),
  firedTotal: z.number().int(),
  lastFiredAt: stamp.nullable(),
  createdAt: stamp,
  updatedAt: stamp,
});
export type TCarePlan = z.infer<typeof ZCarePlan>;

export const ZCarePlanListQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: z.string().max(500).optional(),
    enabled: z.enum(['true', 'false']).optional(),
  })
  .strict();

/** A person the rule would act on now (or acted on). */
export const ZCarePlanTarget = z.object({
  personId: ZId,
  fullName: z.string(),
  /** The day the rule is due for them (yyyy-MM-dd, Vietnam time). */
  triggerDate: z.iso.date(),
});
export const ZCarePlanPreview = z.object({
  /** How many people the rule would act on if it ran now (not counting those it already acted on). */
  count: z.number().int(),
  sample: z.array(ZCarePlanTarget),
});
export type TCarePlanPreview = z.infer<typeof ZCarePlanPreview>;

export const ZCarePlanRun = z.object({
  personId: ZId,
  fullName: z.string().nullable(),
  triggerKey: z.string(),
  triggerDate: z.iso.date(),
  taskId: ZId.nullable(),
  emailId: ZId.nullable(),
  emailStatus: z.string().nullable(),
  firedAt: stamp,
});
export type TCarePlanRun = z.infer<typeof ZCarePlanRun>;

export const ZCarePlanRunResult = z.object({
  rules: z.array(z.object({ id: ZId, name: z.string(), fired: z.number().int() })),
  fired: z.number().int(),
});
export type TCarePlanRunResult = z.infer<typeof ZCarePlanRunResult>;
