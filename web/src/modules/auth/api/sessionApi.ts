import type {
  TSessionResponse,
  TSignInRequest,
  TSwitchWorkspaceRequest,
  TUpdateMeRequest,
} from '@tandem/shared';
import { api, setCsrfToken } from '../../../api/client';

// Every call that returns a session refreshes the CSRF token the client sends.
const remember = (session: TSessionResponse): TSessionResponse => {
  setCsrfToken(session.csrfToken);
  return session;
};

/** The signed-in user, their workspaces and the CSRF token; 401 when nobody is signed in. */
export const fetchSession = async (): Promise<TSessionResponse> =>
  remember(await api.get<TSessionResponse>('/auth/session', { skipAuthRedirect: true }));

export const signIn = async (body: TSignInRequest): Promise<TSessionResponse> =>
  remember(await api.post<TSessionResponse>('/auth/sign-in', body, { skipAuthRedirect: true }));

export const signOut = async (): Promise<void> => {
  await api.post<void>('/auth/sign-out', {}, { skipAuthRedirect: true });
  setCsrfToken(null);
};

export const switchWorkspace = async (body: TSwitchWorkspaceRequest): Promise<TSessionResponse> =>
  remember(await api.post<TSessionResponse>('/auth/switch-workspace', body));

export const updateMe = async (body: TUpdateMeRequest): Promise<TSessionResponse> =>
  remember(await api.patch<TSessionResponse>('/auth/me', body));
