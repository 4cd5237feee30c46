import type { Role } from '@tandem/shared';
import { AppError } from '../errors';

/**
 * What each role may do, by action. Feature policies add their actions here (one table, so a reader
 * sees every permission in one place); `can` is the only check handlers and services call.
 */
const PERMISSIONS = {
  'workspace.read': ['owner', 'admin', 'manager', 'staff', 'hr', 'viewer'],
  'workspace.update': ['owner', 'admin'],
  'members.read': ['owner', 'admin', 'manager', 'staff', 'hr', 'viewer'],
  'members.manage': ['owner', 'admin'],
  'apiKeys.manage': ['owner', 'admin'],
  'events.read': ['owner', 'admin', 'manager', 'hr'],
  'customers.read': ['owner', 'admin', 'manager', 'staff', 'hr', 'viewer'],
  'customers.write': ['owner', 'admin', 'manager', 'staff'],
  'customers.delete': ['owner', 'admin', 'manager'],
  'customers.merge': ['owner', 'admin', 'manager'],
  'customers.import': ['owner', 'admin', 'manager'],
  'customers.export': ['owner', 'admin', 'manager'],
  'customFields.manage': ['owner', 'admin'],
  'views.share': ['owner', 'admin', 'manager'],
  'internal.read': ['owner', 'admin', 'manager', 'staff', 'hr', 'viewer'],
  'internal.manage': ['owner', 'admin', 'hr'],
  /** Salary, contract terms and HR documents: HR and the owner only, by every route. */
  'hr.sensitive': ['owner', 'hr'],
  /** The benefits catalog and who holds what, with amounts: HR and the owner. */
  'benefits.manage': ['owner', 'hr'],
  'requests.create': ['owner', 'admin', 'manager', 'staff', 'hr'],
  'requests.manageAll': ['owner', 'admin'],
  'servicedesk.configure': ['owner', 'admin', 'manager'],
  'purchases.manage': ['owner', 'admin', 'hr'],
  'orders.create': ['owner', 'admin', 'manager', 'staff'],
  'interactions.write': ['owner', 'admin', 'manager', 'staff'],
  /** The workload report: everyone sees themselves (a manager their departments); these roles see everyone. */
  'reports.workload': ['owner', 'admin', 'manager', 'staff', 'hr', 'viewer'],
  'reports.workloadAll': ['owner', 'admin', 'hr'],
  'surveys.read': ['owner', 'admin', 'manager', 'staff', 'hr', 'viewer'],
  'surveys.manage': ['owner', 'admin', 'manager', 'hr'],
  /** Record a response through the API (chatbots, kiosks, staff entering a paper form). */
  'surveys.respond': ['owner', 'admin', 'manager', 'staff', 'hr'],
  /** The anonymity threshold. */
  'surveys.settings': ['owner', 'admin', 'hr'],
  /** Care plans: everyone who reads customers sees the rules; managers and up write them; admins run them now. */
  'carePlans.read': ['owner', 'admin', 'manager', 'staff', 'hr', 'viewer'],
  'carePlans.manage': ['owner', 'admin', 'manager'],
  'carePlans.run': ['owner', 'admin'],
  /** SMTP settings (the password is write-only). */
  'email.configure': ['owner', 'admin'],
  'email.templates': ['owner', 'admin', 'manager'],
  'email.send': ['owner', 'admin', 'manager', 'staff'],
  'feedback.read': ['owner', 'admin', 'manager', 'staff', 'hr', 'viewer'],
  'feedback.write': ['owner', 'admin', 'manager', 'staff'],
  'surveys.send': ['owner', 'admin', 'manager'],
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof PERMISSIONS;

/** Every action `role` may do: sent to the web app so it hides what the user cannot do. */
export function permissionsOf(role: Role | null): Action[] {
  if (!role) return [];
  return (Object.keys(PERMISSIONS) as Action[]).filter((a) => can(role, a));
}

export function can(role: Role, action: Action): boolean {
  return (PERMISSIONS[action] as readonly Role[]).includes(role);
}

/** Throw `forbidden` unless `role` may do `action`. */
export function authorize(role: Role, action: Action): void {
  if (!can(role, action)) throw new AppError('forbidden', `Your role (${role}) may not do this (${action})`);
}

/** Roles ordered by power: a member may grant only roles at or below their own (owners grant any). */
const RANK: Record<Role, number> = { owner: 5, admin: 4, hr: 3, manager: 3, staff: 2, viewer: 1 };

export function mayGrant(granter: Role, role: Role): boolean {
  return granter === 'owner' || (RANK[role] <= RANK[granter] && role !== 'owner');
}
