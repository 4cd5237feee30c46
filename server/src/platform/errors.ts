/**
 * The one error type of Tandem. Services throw `AppError`; the HTTP layer turns it into an RFC 9457
 * problem document with the status from `STATUS_BY_CODE`.
 */
export const ERROR_CODES = [
  /** The request body, query or path is not valid; `errors` lists each field. */
  'validation_failed',
  /** The body is not JSON, or not of a supported media type. */
  'malformed_request',
  /** The body is larger than the limit. */
  'payload_too_large',
  /** The body's Content-Type is not one the endpoint accepts (JSON unless it says otherwise). */
  'unsupported_media_type',
  /** No session cookie or API key, or an expired/revoked one. */
  'unauthenticated',
  /** Wrong e-mail or password. */
  'invalid_credentials',
  /** Too many wrong passwords: the account is locked until `lockedUntil`. */
  'account_locked',
  /** Signed in, but the role does not allow this action. */
  'forbidden',
  /** A state-changing request made with the session cookie lacks a valid `x-csrf-token`. */
  'csrf_failed',
  /** No such record in this workspace (records of other workspaces are reported the same way). */
  'not_found',
  /** The record conflicts with an existing one (e.g. a duplicate e-mail). */
  'conflict',
  /** The request is well-formed but breaks a business rule. */
  'unprocessable',
  /** Too many requests; retry later. */
  'rate_limited',
  /** The database is not reachable. */
  'unavailable',
  /** A bug: logged with the request id. */
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export type FieldError = { path: string; message: string; location?: string };

/** HTTP status of each code. A `switch` with an exhaustiveness check, so a new code must be mapped. */
export function statusOf(code: ErrorCode): number {
  switch (code) {
    case 'validation_failed':
    case 'malformed_request':
      return 400;
    case 'payload_too_large':
      return 413;
    case 'unsupported_media_type':
      return 415;
    case 'unauthenticated':
    case 'invalid_credentials':
      return 401;
    case 'account_locked':
      return 423;
    case 'forbidden':
    case 'csrf_failed':
      return 403;
    case 'not_found':
      return 404;
    case 'conflict':
      return 409;
    case 'unprocessable':
      return 422;
    case 'rate_limited':
      return 429;
    case 'unavailable':
      return 503;
    case 'internal':
      return 500;
    default: {
      const never: never = code;
      throw new Error(`unmapped error code ${String(never)}`);
    }
  }
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extra: { errors?: FieldError[]; [key: string]: unknown } = {},
  ) {
    super(message);
    this.name = 'AppError';
  }

  get status(): number {
    return statusOf(this.code);
  }
}

/** Shorthand for the most common error: the record is not in this workspace. */
export const notFound = (what: string): AppError => new AppError('not_found', `${what} not found`);
