import type { Locale, Role } from '@tandem/shared';

// The browser bundle imports only types from @tandem/shared: importing its runtime values would
// pull zod (~60 kB) into every page. These copies are checked against the shared unions below.

/** Every role, most powerful first. */
export const ROLES = ['owner', 'admin', 'manager', 'staff', 'hr', 'viewer'] as const satisfies readonly Role[];

/** Every UI language; `vi` first because it is the default. */
export const LOCALES = ['vi', 'en'] as const satisfies readonly Locale[];

type Exhaustive<Union, Listed> = [Exclude<Union, Listed>] extends [never] ? true : never;
// A role or locale added to @tandem/shared and missing above fails the type check here.
export const rolesAreComplete: Exhaustive<Role, (typeof ROLES)[number]> = true;
export const localesAreComplete: Exhaustive<Locale, (typeof LOCALES)[number]> = true;
