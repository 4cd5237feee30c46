import type { ApiError } from '../../../api/client';

/** What went wrong with a sign-in attempt, as the form needs to explain it. */
export type SignInFailure =
  | { kind: 'invalid_credentials' }
  | { kind: 'account_locked'; lockedUntil: string | null; detail: string | null }
  | { kind: 'rate_limited'; retryAfterSeconds: number | null }
  | { kind: 'validation_failed' }
  | { kind: 'other' };

const isoOrNull = (value: unknown): string | null =>
  typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? value : null;

/** Classifies a sign-in error by its problem code. */
export function toSignInFailure(error: ApiError): SignInFailure {
  switch (error.code) {
    case 'invalid_credentials':
      return { kind: 'invalid_credentials' };
    case 'account_locked':
      return {
        kind: 'account_locked',
        lockedUntil: isoOrNull(error.problem.lockedUntil),
        detail: error.problem.detail || null,
      };
    case 'rate_limited':
      return { kind: 'rate_limited', retryAfterSeconds: error.retryAfterSeconds };
    case 'validation_failed':
      return { kind: 'validation_failed' };
    default:
      return { kind: 'other' };
  }
}
