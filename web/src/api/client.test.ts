import { afterEach, describe, expect, test, vi } from 'vitest';
import { ApiError, api, fieldErrorsOf, setCsrfToken, setUnauthorizedHandler } from './client';

type Call = { url: string; init: RequestInit };

function stubFetch(status: number, body: unknown, headers: Record<string, string> = {}): Call[] {
  const calls: Call[] = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    const text = body === undefined ? null : JSON.stringify(body);
    return new Response(text, { status, headers });
  });
  return calls;
}

const headersOf = (call: Call | undefined): Record<string, string> => (call?.init.headers ?? {}) as Record<string, string>;

const problem = (status: number, code: string, extra: object = {}) => ({
  type: 'about:blank',
  title: code,
  status,
  code,
  detail: `${code} happened`,
  ...extra,
});

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
  setUnauthorizedHandler(null);
});

describe('api client', () => {
  test('sends the CSRF token on changes only, with the session cookie', async () => {
    setCsrfToken('token-1');
    const calls = stubFetch(200, { ok: true });
    await api.get('/members', { query: { limit: 20, cursor: undefined } });
    await api.patch('/workspace', { name: 'An Phát' });

    expect(calls[0]?.url).toBe('/api/v1/members?limit=20');
    expect(headersOf(calls[0])['x-csrf-token']).toBeUndefined();
    expect(headersOf(calls[1])['x-csrf-token']).toBe('token-1');
    expect(calls[1]?.init.credentials).toBe('same-origin');
    expect(calls[1]?.init.body).toBe('{"name":"An Phát"}');
  });

  test('turns a problem document into an ApiError with its code and field errors', async () => {
    stubFetch(400, problem(400, 'validation_failed', { errors: [{ path: 'email', message: 'Invalid email' }] }));
    const error = await api.post('/invitations', { email: 'x' }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('validation_failed');
    expect(fieldErrorsOf(error)).toEqual({ email: 'Invalid email' });
  });

  test('reads the wait of a rate limit from Retry-After or the problem', async () => {
    stubFetch(429, problem(429, 'rate_limited', { retryAfterSeconds: 42 }));
    const error = (await api.post('/auth/sign-in', {}).catch((e: unknown) => e)) as ApiError;
    expect(error.retryAfterSeconds).toBe(42);
  });

  test('a 401 reports the lost session, unless the call expects one', async () => {
    const lost = vi.fn();
    setUnauthorizedHandler(lost);
    stubFetch(401, problem(401, 'invalid_credentials'));
    await api.post('/auth/sign-in', {}, { skipAuthRedirect: true }).catch(() => undefined);
    expect(lost).not.toHaveBeenCalled();

    stubFetch(401, problem(401, 'unauthenticated'));
    await api.get('/members').catch(() => undefined);
    expect(lost).toHaveBeenCalledOnce();
  });

  test('normalises the spellings of field paths', () => {
    const error = new ApiError({
      ...problem(400, 'validation_failed'),
      errors: [
        { path: '/name', message: 'a' },
        { path: 'body.role', message: 'b' },
        { path: 'members/0/role', message: 'c' },
      ],
    });
    expect(fieldErrorsOf(error)).toEqual({ name: 'a', role: 'b', 'members.0.role': 'c' });
  });
});
