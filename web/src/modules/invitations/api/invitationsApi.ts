import type {
  TAcceptInvitationRequest,
  TCreateInvitationRequest,
  TCreateInvitationResponse,
  TInvitation,
  TInvitationLookup,
  TSessionResponse,
} from '@tandem/shared';
import { api, setCsrfToken, type Page } from '../../../api/client';

export const listInvitations = (cursor: string | undefined): Promise<Page<TInvitation>> =>
  api.get<Page<TInvitation>>('/invitations', { query: { limit: 50, cursor } });

export const createInvitation = (body: TCreateInvitationRequest): Promise<TCreateInvitationResponse> =>
  api.post<TCreateInvitationResponse>('/invitations', body);

export const revokeInvitation = (id: string): Promise<void> => api.delete(`/invitations/${encodeURIComponent(id)}`);

/** Public: who is invited where, read from the secret token in the link. */
export const lookupInvitation = (token: string): Promise<TInvitationLookup> =>
  api.get<TInvitationLookup>('/invitations/lookup', { query: { token }, skipAuthRedirect: true });

/** Public: joins the workspace (creating the account if needed) and starts a session. */
export async function acceptInvitation(body: TAcceptInvitationRequest): Promise<TSessionResponse> {
  const session = await api.post<TSessionResponse>('/invitations/accept', body, { skipAuthRedirect: true });
  setCsrfToken(session.csrfToken);
  return session;
}
