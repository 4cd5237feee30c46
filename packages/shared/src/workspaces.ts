import { z } from 'zod';
import { ROLES } from './roles';
import { ZEmail, ZNewPassword } from './auth';
import { ZId } from './common';

export const ZWorkspace = z.object({
  id: ZId,
  name: z.string(),
  createdAt: z.iso.datetime({ offset: true }),
});
export type TWorkspace = z.infer<typeof ZWorkspace>;

export const ZUpdateWorkspaceRequest = z.object({ name: z.string().trim().min(1).max(200) }).strict();
export type TUpdateWorkspaceRequest = z.infer<typeof ZUpdateWorkspaceRequest>;

/** A user's membership of the current workspace. */
export const ZMember = z.object({
  id: ZId,
  userId: ZId,
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  createdAt: z.iso.datetime({ offset: true }),
});
export type TMember = z.infer<typeof ZMember>;

export const ZUpdateMemberRequest = z.object({ role: z.enum(ROLES) }).strict();
export type TUpdateMemberRequest = z.infer<typeof ZUpdateMemberRequest>;

export const ZInvitation = z.object({
  id: ZId,
  email: z.string(),
  role: z.enum(ROLES),
  invitedByName: z.string().nullable(),
  expiresAt: z.iso.datetime({ offset: true }),
  acceptedAt: z.iso.datetime({ offset: true }).nullable(),
  createdAt: z.iso.datetime({ offset: true }),
});
export type TInvitation = z.infer<typeof ZInvitation>;

export const ZCreateInvitationRequest = z.object({ email: ZEmail, role: z.enum(ROLES) }).strict();
export type TCreateInvitationRequest = z.infer<typeof ZCreateInvitationRequest>;

/** The invitation and its link; the link holds a secret token and is shown only once. */
export const ZCreateInvitationResponse = z.object({ invitation: ZInvitation, acceptUrl: z.string() });
export type TCreateInvitationResponse = z.infer<typeof ZCreateInvitationResponse>;

export const ZInvitationLookup = z.object({
  email: z.string(),
  workspaceName: z.string(),
  role: z.enum(ROLES),
  /** True when the e-mail already has a Tandem account: then only the password is asked. */
  existingUser: z.boolean(),
});
export type TInvitationLookup = z.infer<typeof ZInvitationLookup>;

export const ZAcceptInvitationRequest = z
  .object({
    token: z.string().min(10).max(200),
    /** Required for a new account. */
    name: z.string().trim().min(1).max(200).optional(),
    password: z.string().min(1).max(200),
  })
  .strict();
export type TAcceptInvitationRequest = z.infer<typeof ZAcceptInvitationRequest>;

export const ZCreateWorkspaceRequest = z
  .object({
    name: z.string().trim().min(1).max(200),
    adminEmail: ZEmail,
    adminPassword: ZNewPassword,
    adminName: z.string().trim().min(1).max(200).optional(),
  })
  .strict();
export type TCreateWorkspaceRequest = z.infer<typeof ZCreateWorkspaceRequest>;
