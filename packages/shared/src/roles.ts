/** Roles a member holds in one workspace; later issues extend the policies, not this list. */
export const ROLES = ['owner', 'admin', 'manager', 'staff', 'hr', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

/** Locales the UI and e-mail templates speak; `vi` is the default. */
export const LOCALES = ['vi', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
