import { useSession } from '../../auth';

/**
 * Policy actions of the internal-customers area (server/src/platform/auth/policy.ts). The session lists
 * what the user's role allows; the screens hide the rest, and the server still enforces it.
 */
export type InternalPermission =
  | 'internal.read'
  | 'internal.manage'
  | 'hr.sensitive'
  | 'benefits.manage'
  | 'requests.create'
  | 'requests.manageAll'
  | 'servicedesk.configure'
  | 'purchases.manage'
  | 'orders.create'
  | 'members.read';

/** `can('hr.sensitive')`: whether to show what the user's role may see or do. */
export function useInternalPermissions(): { can: (permission: InternalPermission) => boolean } {
  const { permissions } = useSession();
  return { can: (permission) => permissions.includes(permission) };
}
