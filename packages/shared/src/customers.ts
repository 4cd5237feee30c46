import { z } from 'zod';
import { ZEmail } from './auth';
import { ZId } from './common';
import { normalizeVnPhone, toNfc, validateTaxCode } from './vn';

export const CUSTOMER_TYPES = ['consumer', 'business', 'public_body', 'international'] as const;
export const LIFECYCLE_STAGES = ['lead', 'prospect', 'customer', 'advocate', 'churned'] as const;
/** Suggested sources; a workspace may use others (free text, lower-case). */
export const SOURCES = ['walk_in', 'web', 'referral', 'campaign', 'hotline', 'import', 'event', 'social', 'partner', 'other'] as const;
export const GENDERS = ['female', 'male', 'other'] as const;
export const CONSENT_CHANNELS = ['email', 'sms', 'zalo', 'phone'] as const;
export const CONSENT_METHODS = ['form', 'import', 'verbal', 'email', 'api', 'written'] as const;
export const CUSTOM_FIELD_TYPES = ['text', 'number', 'date', 'select', 'multiselect', 'boolean'] as const;

export type CustomerType = (typeof CUSTOMER_TYPES)[number];
export type LifecycleStage = (typeof LIFECYCLE_STAGES)[number];
export type ConsentChannel = (typeof CONSENT_CHANNELS)[number];
export type CustomFieldType = (typeof CUSTOM_FIELD_TYPES)[number];

/** A Vietnamese (or international, with +) phone number in any usual writing; stored as E.164. */
export const ZPhoneNumber = z
  .string()
  .max(40)
  .transform((value, ctx) => {
    const r = normalizeVnPhone(value);
    if (!r.ok) {
      ctx.addIssue({ code: 'custom', message: r.reason });
      return z.NEVER;
    }
    return r.e164;
  });

/** Mã số thuế: 10 digits (check digit verified), a branch "0123456789-001", or a 12-digit personal id. */
export const ZTaxCode = z
  .string()
  .max(30)
  .transform((value, ctx) => {
    const r = validateTaxCode(value);
    if (!r.ok) {
      ctx.addIssue({ code: 'custom', message: r.reason });
      return z.NEVER;
    }
    return r.normalized;
  });

const label = z.string().trim().max(40).optional();
export const ZPhoneInput = z.object({ number: ZPhoneNumber, label }).strict();
export const ZEmailInput = z.object({ address: ZEmail, label }).strict();
/** Names are stored NFC with single spaces ("Nguyễn  Văn" → "Nguyễn Văn"), as people read them and as search folds them. */
const name = (max: number) => z.string().trim().min(1).max(max).transform((s) => toNfc(s).replace(/\s+/g, ' '));
const optionalText = (max: number) => z.string().trim().max(max).transform(toNfc).nullish();

export const ZAddress = z
  .object({
    street: optionalText(300),
    /** 5-digit ward/commune code (post-July-2025 list). */
    wardCode: z.string().regex(/^\d{5}$/, 'a 5-digit ward code').nullish(),
    /** 2-digit province code (one of the 34). */
    provinceCode: z.string().regex(/^\d{2}$/, 'a 2-digit province code').nullish(),
    /** The pre-2025 address text (with its district), kept as written. */
    legacyAddress: optionalText(500),
  })
  .strict();
export type TAddress = z.infer<typeof ZAddress>;

/** Values of custom fields by key; checked against the workspace's definitions. */
export const ZCustomValues = z.record(
  z.string().max(63),
  z.union([z.string().max(5000), z.number(), z.boolean(), z.array(z.string().max(200)).max(100), z.null()]),
);

const classification = {
  customerType: z.enum(CUSTOMER_TYPES),
  lifecycleStage: z.enum(LIFECYCLE_STAGES),
  source: z.string().trim().toLowerCase().max(40).nullish(),
  ownerUserId: ZId.nullish(),
  tags: z.array(z.string().trim().min(1).max(50).transform(toNfc)).max(50),
  notes: optionalText(10_000),
  address: ZAddress,
  customFields: ZCustomValues,
};

export const ZConsentInput = z
  .object({
    channel: z.enum(CONSENT_CHANNELS),
    status: z.enum(['given', 'withdrawn']),
    method: z.enum(CONSENT_METHODS),
    /** What proves the consent (form URL, call reference, document). */
    evidence: z.string().trim().max(1000).nullish(),
  })
  .strict();
export type TConsentInput = z.infer<typeof ZConsentInput>;

const personFields = {
  fullName: name(200),
  phones: z.array(ZPhoneInput).max(10),
  emails: z.array(ZEmailInput).max(10),
  birthday: z.iso.date().nullish(),
  gender: z.enum(GENDERS).nullish(),
  ...classification,
  organizations: z.array(z.object({ organizationId: ZId, jobTitle: optionalText(200) }).strict()).max(20),
};

export const ZCreatePersonRequest = z
  .object({
    ...personFields,
    phones: personFields.phones.default([]),
    emails: personFields.emails.default([]),
    customerType: personFields.customerType.default('consumer'),
    lifecycleStage: personFields.lifecycleStage.default('lead'),
    tags: personFields.tags.default([]),
    address: ZAddress.default({}),
    customFields: ZCustomValues.default({}),
    organizations: personFields.organizations.default([]),
    consents: z.array(ZConsentInput).max(8).default([]),
    /** Create even if a record with the same phone, e-mail or tax code exists (default: answer 409 with the matches). */
    allowDuplicate: z.boolean().default(false),
    /** An employee's referral code: the new customer is attributed to that employee. */
    referralCode: z.string().trim().min(4).max(20).optional(),
  })
  .strict();
export type TCreatePersonRequest = z.input<typeof ZCreatePersonRequest>;

export const ZUpdatePersonRequest = z.object(personFields).partial().strict();
export type TUpdatePersonRequest = z.input<typeof ZUpdatePersonRequest>;

const stamp = z.iso.datetime({ offset: true });
const ZStoredPhone = z.object({ number: z.string(), label: z.string().optional(), display: z.string() });
const ZStoredEmail = z.object({ address: z.string(), label: z.string().optional() });
export const ZAddressOut = z.object({
  street: z.string().nullable(),
  wardCode: z.string().nullable(),
  wardName: z.string().nullable(),
  provinceCode: z.string().nullable(),
  provinceName: z.string().nullable(),
  legacyAddress: z.string().nullable(),
});
export const ZConsentState = z.object({
  status: z.enum(['given', 'withdrawn']),
  method: z.enum(CONSENT_METHODS),
  evidence: z.string().nullable(),
  recordedAt: stamp,
});

const recordOut = {
  customerType: z.enum(CUSTOMER_TYPES),
  lifecycleStage: z.enum(LIFECYCLE_STAGES),
  source: z.string().nullable(),
  ownerUserId: ZId.nullable(),
  ownerName: z.string().nullable(),
  tags: z.array(z.string()),
  notes: z.string().nullable(),
  address: ZAddressOut,
  customFields: ZCustomValues,
  phones: z.array(ZStoredPhone),
  emails: z.array(ZStoredEmail),
  createdAt: stamp,
  updatedAt: stamp,
  deletedAt: stamp.nullable(),
  mergedIntoId: ZId.nullable(),
};

export const ZPerson = z.object({
  id: ZId,
  fullName: z.string(),
  birthday: z.string().nullable(),
  gender: z.enum(GENDERS).nullable(),
  ...recordOut,
  organizations: z.array(z.object({ id: ZId, name: z.string(), jobTitle: z.string().nullable() })),
  /** The employee who referred this customer. */
  referredByEmployeeId: ZId.nullable(),
  /** Consent in force per channel; null when never given (consent is never assumed). */
  consents: z.record(z.enum(CONSENT_CHANNELS), ZConsentState.nullable()),
});
export type TPerson = z.infer<typeof ZPerson>;

/** A row of the people list: the columns a list can show. */
export const ZPersonRow = z.object({
  id: ZId,
  fullName: z.string(),
  primaryPhone: z.string().nullable(),
  primaryEmail: z.string().nullable(),
  birthday: z.string().nullable(),
  gender: z.enum(GENDERS).nullable(),
  customerType: z.enum(CUSTOMER_TYPES),
  lifecycleStage: z.enum(LIFECYCLE_STAGES),
  source: z.string().nullable(),
  ownerUserId: ZId.nullable(),
  tags: z.array(z.string()),
  provinceCode: z.string().nullable(),
  wardCode: z.string().nullable(),
  customFields: ZCustomValues,
  createdAt: stamp,
  updatedAt: stamp,
  deletedAt: stamp.nullable(),
});
export type TPersonRow = z.infer<typeof ZPersonRow>;

const orgFields = {
  name: name(300),
  taxCode: ZTaxCode.nullish(),
  website: z.string().trim().max(300).nullish(),
  industry: optionalText(200),
  phones: z.array(ZPhoneInput).max(10),
  emails: z.array(ZEmailInput).max(10),
  ...classification,
};

export const ZCreateOrganizationRequest = z
  .object({
    ...orgFields,
    phones: orgFields.phones.default([]),
    emails: orgFields.emails.default([]),
    customerType: orgFields.customerType.default('business'),
    lifecycleStage: orgFields.lifecycleStage.default('lead'),
    tags: orgFields.tags.default([]),
    address: ZAddress.default({}),
    customFields: ZCustomValues.default({}),
    allowDuplicate: z.boolean().default(false),
  })
  .strict();
export type TCreateOrganizationRequest = z.input<typeof ZCreateOrganizationRequest>;
export const ZUpdateOrganizationRequest = z.object(orgFields).partial().strict();
export type TUpdateOrganizationRequest = z.input<typeof ZUpdateOrganizationRequest>;

export const ZOrganization = z.object({
  id: ZId,
  name: z.string(),
  taxCode: z.string().nullable(),
  website: z.string().nullable(),
  industry: z.string().nullable(),
  ...recordOut,
  people: z.array(z.object({ id: ZId, fullName: z.string(), jobTitle: z.string().nullable() })),
});
export type TOrganization = z.infer<typeof ZOrganization>;

export const ZOrganizationRow = z.object({
  id: ZId,
  name: z.string(),
  taxCode: z.string().nullable(),
  primaryPhone: z.string().nullable(),
  primaryEmail: z.string().nullable(),
  customerType: z.enum(CUSTOMER_TYPES),
  lifecycleStage: z.enum(LIFECYCLE_STAGES),
  source: z.string().nullable(),
  ownerUserId: ZId.nullable(),
  tags: z.array(z.string()),
  provinceCode: z.string().nullable(),
  customFields: ZCustomValues,
  createdAt: stamp,
  updatedAt: stamp,
  deletedAt: stamp.nullable(),
});
export type TOrganizationRow = z.infer<typeof ZOrganizationRow>;

/** A record that shares a phone, e-mail or tax code with the one being created (or a similar name in the same organization). */
export const ZDuplicateMatch = z.object({
  id: ZId,
  name: z.string(),
  matchedOn: z.array(z.enum(['phone', 'email', 'taxCode', 'similarName'])),
});
export type TDuplicateMatch = z.infer<typeof ZDuplicateMatch>;

// ---- Lists: filter, sort, views ----

export const FILTER_OPS = ['eq', 'neq', 'in', 'contains', 'gt', 'gte', 'lt', 'lte', 'isEmpty', 'isNotEmpty'] as const;
/**
 * One condition. `field` is a built-in field (customerType, lifecycleStage, source, ownerUserId, tags,
 * provinceCode, wardCode, gender, birthday, createdAt, updatedAt, fullName/name, taxCode) or `cf.<key>`
 * for a custom field. Conditions are combined with AND.
 */
export const ZFilterCondition = z
  .object({
    field: z.string().min(1).max(70),
    op: z.enum(FILTER_OPS),
    value: z.union([z.string().max(500), z.number(), z.boolean(), z.array(z.union([z.string().max(200), z.number()])).max(100)]).optional(),
  })
  .strict();
export type TFilterCondition = z.infer<typeof ZFilterCondition>;
export const ZFilter = z.array(ZFilterCondition).max(20);

/** `filter` travels in the query string as JSON. */
const ZFilterParam = z
  .string()
  .max(8000)
  .transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'filter must be a JSON array of {field, op, value}' });
      return z.NEVER;
    }
  })
  .pipe(ZFilter);

export const PEOPLE_SORTS = ['createdAt', '-createdAt', 'updatedAt', '-updatedAt', 'fullName', '-fullName'] as const;
export const ORGANIZATION_SORTS = ['createdAt', '-createdAt', 'updatedAt', '-updatedAt', 'name', '-name'] as const;

const listQuery = {
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(1000).optional(),
  filter: ZFilterParam.optional(),
  /** Show deleted records (the trash) instead of live ones. */
  deleted: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
};

export const ZPeopleListQuery = z.object({ ...listQuery, sort: z.enum(PEOPLE_SORTS).default('-createdAt') }).strict();
export type TPeopleListQuery = z.infer<typeof ZPeopleListQuery>;
export const ZOrganizationListQuery = z.object({ ...listQuery, sort: z.enum(ORGANIZATION_SORTS).default('-createdAt') }).strict();
export type TOrganizationListQuery = z.infer<typeof ZOrganizationListQuery>;

export const ZMergePeopleRequest = z
  .object({
    /** The record that stays. */
    targetId: ZId,
    /** Records merged into it (then soft-deleted, pointing at the target). */
    sourceIds: z.array(ZId).min(1).max(20),
  })
  .strict();
export type TMergePeopleRequest = z.infer<typeof ZMergePeopleRequest>;

export const ZSearchQuery = z
  .object({
    q: z.string().trim().min(1).max(200),
    limit: z.coerce.number().int().min(1).max(50).default(10),
    /** Restrict to one kind of record. */
    kind: z.enum(['person', 'organization']).optional(),
  })
  .strict();
export const ZSearchHit = z.object({
  kind: z.enum(['person', 'organization']),
  id: ZId,
  name: z.string(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  taxCode: z.string().nullable(),
  /** 0–1, higher is better. */
  score: z.number(),
});
export type TSearchHit = z.infer<typeof ZSearchHit>;

export const ZCustomFieldDefinition = z.object({
  id: ZId,
  entity: z.enum(['person', 'organization']),
  key: z.string(),
  label: z.string(),
  type: z.enum(CUSTOM_FIELD_TYPES),
  options: z.array(z.string()),
  required: z.boolean(),
  position: z.number().int(),
  archived: z.boolean(),
});
export type TCustomFieldDefinition = z.infer<typeof ZCustomFieldDefinition>;
export const ZCreateCustomFieldRequest = z
  .object({
    entity: z.enum(['person', 'organization']),
    key: z.string().regex(/^[a-z][a-z0-9_]{0,62}$/, 'lower-case letters, digits and _; starts with a letter'),
    label: name(100),
    type: z.enum(CUSTOM_FIELD_TYPES),
    options: z.array(z.string().trim().min(1).max(200)).max(200).default([]),
    required: z.boolean().default(false),
    position: z.number().int().min(0).max(10_000).default(0),
  })
  .strict();
export const ZUpdateCustomFieldRequest = z
  .object({
    label: name(100),
    options: z.array(z.string().trim().min(1).max(200)).max(200),
    required: z.boolean(),
    position: z.number().int().min(0).max(10_000),
    archived: z.boolean(),
  })
  .partial()
  .strict();

export const ZSavedView = z.object({
  id: ZId,
  entity: z.enum(['person', 'organization']),
  name: z.string(),
  /** Personal when set; shared with the workspace when null. */
  ownerUserId: ZId.nullable(),
  filter: ZFilter,
  sort: z.string().nullable(),
  columns: z.array(z.string()),
});
export type TSavedView = z.infer<typeof ZSavedView>;
export const ZCreateSavedViewRequest = z
  .object({
    entity: z.enum(['person', 'organization']),
    name: name(100),
    shared: z.boolean().default(false),
    filter: ZFilter.default([]),
    sort: z.string().max(40).nullish(),
    columns: z.array(z.string().max(70)).max(50).default([]),
  })
  .strict();
export const ZUpdateSavedViewRequest = ZCreateSavedViewRequest.omit({ entity: true }).partial().strict();
