import type { TProblem } from '@tandem/shared';

/** Every list endpoint answers with one page of rows and the cursor of the next page. */
export type Page<T> = { data: T[]; nextCursor: string | null };

/** A problem document as sent by the server; extension members (e.g. `lockedUntil`) are kept. */
export type Problem = TProblem & Record<string, unknown>;

/** Codes the client itself produces when there is no problem document to read. */
export type ClientErrorCode = 'network_error' | 'unexpected_response';

/** A failed API call: the HTTP status and the server's problem document. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly problem: Problem;
  /** Seconds from the `Retry-After` header (rate limits), when the server sent one. */
  readonly retryAfterSeconds: number | null;

  constructor(problem: Problem, retryAfterSeconds: number | null = null) {
    super(problem.detail || problem.title);
    this.name = 'ApiError';
    this.status = problem.status;
    this.code = problem.code;
    this.problem = problem;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;

type RequestOptions = {
  query?: Record<string, string | number | undefined | null>;
  signal?: AbortSignal;
  /** For calls where a 401 is an answer, not an expired session (sign-in, invitation accept). */
  skipAuthRedirect?: boolean;
};

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

const API_PREFIX = '/api/v1';

let csrfToken: string | null = null;
let onUnauthorized: (() => void) | null = null;
let currentLanguage = 'vi';

/** Remember the CSRF token of the current session; every non-GET request sends it. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when any request answers 401: the session is gone, so the app goes to sign-in. */
export function setUnauthorizedHandler(handler: (() => void) | null): void {
  onUnauthorized = handler;
}

/** The UI language, sent as Accept-Language so server messages come back in it. */
export function setRequestLanguage(language: string): void {
  currentLanguage = language;
}

/** The address of an API path with its query, e.g. for a download link (`<a href>`). */
export function apiUrl(path: string, query?: RequestOptions['query']): string {
  return buildUrl(path, query);
}

function buildUrl(path: string, query: RequestOptions['query']): string {
  const url = `${API_PREFIX}${path}`;
  if (!query) return url;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${url}?${search}` : url;
}

function isProblem(value: unknown): value is Problem {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record.code === 'string' && typeof record.status === 'number';
}

function clientProblem(code: ClientErrorCode, status: number, detail: string): Problem {
  return { type: 'about:blank', title: detail, status, code, detail };
}

function parseRetryAfter(header: string | null): number | null {
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, Math.round(seconds));
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, Math.round((date - Date.now()) / 1000));
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

async function request<T>(method: Method, path: string, body: unknown, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json, application/problem+json', 'accept-language': currentLanguage };
  // A FormData body (file upload) sets its own multipart content type, boundary included.
  const isForm = body instanceof FormData;
  if (body !== undefined && !isForm) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : isForm ? body : JSON.stringify(body),
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(clientProblem('network_error', 0, 'Network error'));
  }

  const payload = await readBody(response);
  if (response.ok) return payload as T;

  const problem = isProblem(payload)
    ? payload
    : clientProblem('unexpected_response', response.status, response.statusText || `HTTP ${response.status}`);
  const retryAfter =
    parseRetryAfter(response.headers.get('retry-after')) ??
    (typeof problem.retryAfterSeconds === 'number' ? problem.retryAfterSeconds : null);
  const error = new ApiError(problem, retryAfter);
  if (response.status === 401 && !options.skipAuthRedirect) onUnauthorized?.();
  throw error;
}

/** The JSON API under /api/v1. Paths are relative to it, e.g. `api.get('/members')`. */
export const api = {
  get: <T>(path: string, options?: RequestOptions) => request<T>('GET', path, undefined, options),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('POST', path, body ?? {}, options),
  patch: <T>(path: string, body: unknown, options?: RequestOptions) => request<T>('PATCH', path, body, options),
  put: <T>(path: string, body: unknown, options?: RequestOptions) => request<T>('PUT', path, body, options),
  delete: (path: string, options?: RequestOptions) => request<void>('DELETE', path, undefined, options),
  /** A multipart POST (file uploads); the form's fields and files go as they are. */
  upload: <T>(path: string, form: FormData, options?: RequestOptions) => request<T>('POST', path, form, options),
};

/**
 * Field errors of a validation problem, keyed by form field path ("email", "members.0.role").
 * Servers spell paths several ways (`/email`, `body.email`, `email`), so they are normalised.
 */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  if (!isApiError(error) || !error.problem.errors) return {};
  const result: Record<string, string> = {};
  for (const { path, message } of error.problem.errors) {
    const key = path
      .replace(/^#?\//, '')
      .replace(/^body[./]/, '')
      .replaceAll('/', '.');
    if (key && !(key in result)) result[key] = message;
  }
  return result;
}
