/** The tabs of the settings page, in order; the value is the `?tab=` in the address. */
export const SETTINGS_TABS = ['workspace', 'members', 'invitations', 'custom-fields', 'api-keys', 'email', 'profile'] as const;
export type SettingsTab = (typeof SETTINGS_TABS)[number];

/** Tabs only owners and admins see. */
export const MANAGER_ONLY_TABS: readonly SettingsTab[] = ['invitations', 'custom-fields', 'api-keys', 'email'];

export const isSettingsTab = (value: unknown): value is SettingsTab =>
  typeof value === 'string' && (SETTINGS_TABS as readonly string[]).includes(value);
