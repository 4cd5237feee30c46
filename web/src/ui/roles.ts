import { useTranslation } from 'react-i18next';
import type { Role } from '@tandem/shared';
import { ROLES } from './sharedLists';

/** Roles that may manage members, invitations, API keys and workspace settings. */
export const MANAGER_ROLES: readonly Role[] = ['owner', 'admin'];

export const canManageWorkspace = (role: Role | null | undefined): boolean =>
  role != null && MANAGER_ROLES.includes(role);

/** Select options for roles with translated labels; `exclude` drops roles the caller may not grant. */
export function useRoleOptions(exclude: readonly Role[] = []) {
  const { t } = useTranslation();
  return ROLES.filter((role) => !exclude.includes(role)).map((role) => ({ value: role, label: t(`roles.${role}`) }));
}

export const isRole = (value: unknown): value is Role =>
  typeof value === 'string' && (ROLES as readonly string[]).includes(value);

/** Roles that may read the audit trail (the server's `events.read` policy). */
const ACTIVITY_READER_ROLES: readonly Role[] = ['owner', 'admin', 'manager', 'hr'];

export const canReadActivity = (role: Role | null | undefined): boolean =>
  role != null && ACTIVITY_READER_ROLES.includes(role);
