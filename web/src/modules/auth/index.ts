// The auth module's public surface, used by routes and other modules.
export { SignInPage } from './components/SignInPage';
export { sessionQueryOptions, useSession, useCurrentWorkspace, SESSION_QUERY_KEY } from './hooks/useSession';
export type { CurrentWorkspace } from './hooks/useSession';
export { useSignOut } from './hooks/useSignOut';
export { useSwitchWorkspace } from './hooks/useSwitchWorkspace';
export { useUpdateProfile } from './hooks/useUpdateProfile';
export { useChangeLanguage } from './hooks/useChangeLanguage';
export { adoptSessionLocale, syncLocaleOnce } from './hooks/sessionLocale';
export { usePermissions } from './hooks/usePermissions';
export type { Permission } from './hooks/usePermissions';
