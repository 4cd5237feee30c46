import { z } from 'zod';
import { LOCALES, ROLES } from './roles';
import { ZId } from './common';

/** An e-mail address, trimmed and lower-cased. */
export const ZEmail = z.string().trim().toLowerCase().pipe(z.email().max(254));
/** A new password: 10 to 200 characters. */
export const ZNewPassword = z.string().min(10).max(200);

export const ZSignInRequest = z
  .object({
    email: ZEmail,
    password: z.string().min(1).max(200),
  })
  .strict();
export type TSignInRequest = z.infer<typeof ZSignInRequest>;

export const ZWorkspaceSummary = z.object({
  id: ZId,
  name: z.string(),
  /** The signed-in user's role in this workspace. */
  role: z.enum(ROLES),
});
export type TWorkspaceSummary = z.infer<typeof ZWorkspaceSummary>;

export const ZUser = z.object({
  id: ZId,
  email: z.string(),
  name: z.string(),
  locale: z.enum(LOCALES),
});
export type TUser = z.infer<typeof ZUser>;

/** What the web app needs to know about the signed-in user. */
export const ZSessionResponse = z.object({
  user: ZUser,
  workspaces: z.array(ZWorkspaceSummary),
  currentWorkspaceId: ZId.nullable(),
  /** What the user's role allows in the current workspace (policy action names, e.g. `customers.write`). */
  permissions: z.array(z.string()),
  /** Send as the `x-csrf-token` header on every state-changing request made with the session cookie. */
  csrfToken: z.string(),
});
export type TSessionResponse = z.infer<typeof ZSessionResponse>;

export const ZSwitchWorkspaceRequest = z.object({ workspaceId: ZId }).strict();
export type TSwitchWorkspaceRequest = z.infer<typeof ZSwitchWorkspaceRequest>;

export const ZUpdateMeRequest = z
  .object({
    name: z.string().trim().min(1).max(200).optional(),
    locale: z.enum(LOCALES).optional(),
  })
  .strict();
export type TUpdateMeRequest = z.infer<typeof ZUpdateMeRequest>;
