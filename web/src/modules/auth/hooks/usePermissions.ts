import { useSession } from './useSession';

/**
 * Actions of the server's policy table (`server/src/platform/auth/policy.ts`) the web app asks about.
 * The session lists what the user's role allows in the current workspace; the server still enforces it.
 */
export type Permission =
  | 'events.read'
  | 'customers.read'
  | 'customers.write'
  | 'customers.delete'
  | 'customers.merge'
  | 'customers.import'
  | 'customers.export'
  | 'customFields.manage'
  | 'email.configure'
  | 'email.templates'
  | 'email.send'
  | 'views.share'
  | 'carePlans.read'
  | 'carePlans.manage'
  | 'carePlans.run'
  | 'feedback.read'
  | 'feedback.write'
  | 'surveys.send'
  | 'interactions.write';

/** `can('customers.write')`: whether to show an action the user's role may do. */
export function usePermissions(): { can: (permission: Permission) => boolean } {
  const { permissions } = useSession();
  return { can: (permission) => permissions.includes(permission) };
}
