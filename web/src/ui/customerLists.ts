import type { ConsentChannel, CustomFieldType, CustomerType, LifecycleStage, TConsentInput, TPersonRow } from '@tandem/shared';

// Copies of the customer lists of @tandem/shared (its runtime values would pull zod into the bundle),
// checked against the shared unions below like `sharedLists.ts`.

/** The journey from first contact to advocate, in order; `churned` last. */
export const LIFECYCLE_STAGES = ['lead', 'prospect', 'customer', 'advocate', 'churned'] as const satisfies readonly LifecycleStage[];
export const CUSTOMER_TYPES = ['consumer', 'business', 'public_body', 'international'] as const satisfies readonly CustomerType[];
/** Suggested sources; a workspace may store others (free text). */
export const SOURCES = ['walk_in', 'web', 'referral', 'campaign', 'hotline', 'import', 'event', 'social', 'partner', 'other'] as const;
export type KnownSource = (typeof SOURCES)[number];
export const GENDERS = ['female', 'male', 'other'] as const satisfies readonly NonNullable<TPersonRow['gender']>[];
export type Gender = (typeof GENDERS)[number];
export const CONSENT_CHANNELS = ['email', 'sms', 'zalo', 'phone'] as const satisfies readonly ConsentChannel[];
export const CONSENT_METHODS = ['form', 'verbal', 'written', 'email', 'import', 'api'] as const satisfies readonly TConsentInput['method'][];
export type ConsentMethod = (typeof CONSENT_METHODS)[number];
export const CUSTOM_FIELD_TYPES = ['text', 'number', 'date', 'select', 'multiselect', 'boolean'] as const satisfies readonly CustomFieldType[];

type Exhaustive<Union, Listed> = [Exclude<Union, Listed>] extends [never] ? true : never;
export const stagesAreComplete: Exhaustive<LifecycleStage, (typeof LIFECYCLE_STAGES)[number]> = true;
export const typesAreComplete: Exhaustive<CustomerType, (typeof CUSTOMER_TYPES)[number]> = true;
export const channelsAreComplete: Exhaustive<ConsentChannel, (typeof CONSENT_CHANNELS)[number]> = true;
export const fieldTypesAreComplete: Exhaustive<CustomFieldType, (typeof CUSTOM_FIELD_TYPES)[number]> = true;
export const gendersAreComplete: Exhaustive<NonNullable<TPersonRow['gender']>, Gender> = true;
export const methodsAreComplete: Exhaustive<TConsentInput['method'], ConsentMethod> = true;

export const isLifecycleStage = (value: unknown): value is LifecycleStage =>
  typeof value === 'string' && (LIFECYCLE_STAGES as readonly string[]).includes(value);
export const isCustomerType = (value: unknown): value is CustomerType =>
  typeof value === 'string' && (CUSTOMER_TYPES as readonly string[]).includes(value);
export const isKnownSource = (value: unknown): value is KnownSource =>
  typeof value === 'string' && (SOURCES as readonly string[]).includes(value);
export const isGender = (value: unknown): value is Gender => typeof value === 'string' && (GENDERS as readonly string[]).includes(value);
export const isConsentMethod = (value: unknown): value is ConsentMethod =>
  typeof value === 'string' && (CONSENT_METHODS as readonly string[]).includes(value);
export const isCustomFieldType = (value: unknown): value is CustomFieldType =>
  typeof value === 'string' && (CUSTOM_FIELD_TYPES as readonly string[]).includes(value);
