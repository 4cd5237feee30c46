import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, buildWorkspace, signIn, type Client, type TestApp } from '../../test/harness';

describe('bad input gets a 4xx problem document, never a 500', () => {
  let t: TestApp;
  let client: Client;
  let key: string;

  beforeAll(async () => {
    t = await buildTestApp({ BODY_LIMIT_BYTES: '2048' });
    const ws = await buildWorkspace(t.database);
    client = await signIn(t.app, ws.owner.email, ws.owner.password);
    key = ws.apiKey;
  });
  afterAll(() => t.close());

  const post = (payload: string, contentType = 'application/json') =>
    t.app.inject({ method: 'POST', url: '/api/v1/api-keys', headers: { authorization: `Bearer ${key}`, 'content-type': contentType }, payload });

  it('malformed JSON → 400', async () => {
    const res = await post('{"name": "x",');
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json()).toMatchObject({ status: 400, code: 'malformed_request' });
  });

  it('wrong types → 400 with the field named', async () => {
    const res = await post(JSON.stringify({ name: 42, role: 'staff' }));
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.code).toBe('validation_failed');
    expect(body.errors).toEqual([expect.objectContaining({ path: 'name' })]);
  });

  it('an unknown enum value → 400 naming the field', async () => {
    const res = await post(JSON.stringify({ name: 'ok', role: 'superuser' }));
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('role');
  });

  it('unknown fields → 400', async () => {
    const res = await post(JSON.stringify({ name: 'ok', role: 'staff', isAdmin: true }));
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('validation_failed');
    expect(res.json().detail).toMatch(/invalid field/);
  });

  it('oversize bodies → 413', async () => {
    const res = await post(JSON.stringify({ name: 'x'.repeat(5000), role: 'staff' }));
    expect(res.statusCode).toBe(413);
    expect(res.json().code).toBe('payload_too_large');
  });

  it('a body that is not JSON → 415', async () => {
    const res = await post('name=x', 'application/x-www-form-urlencoded');
    expect(res.statusCode).toBe(415);
    expect(res.json().code).toBe('unsupported_media_type');
  });

  it('bad query parameters → 400', async () => {
    const res = await client.request('GET', '/api/v1/members?limit=5000');
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toMatchObject({ path: 'limit', location: 'querystring' });
    expect((await client.request('GET', '/api/v1/members?cursor=nonsense')).json().errors[0].path).toBe('cursor');
  });

  it('a malformed id → 400, an unknown id → 404', async () => {
    expect((await client.request('GET', '/api/v1/members/not-a-uuid')).statusCode).toBe(400);
    const res = await client.request('GET', '/api/v1/members/01900000-0000-7000-8000-000000000000');
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('not_found');
  });

  it('unknown API routes → 404 problem; other paths serve the web app', async () => {
    const res = await client.request('GET', '/api/v1/nothing-here');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'not_found', instance: '/api/v1/nothing-here' });
    expect((await client.request('POST', '/api/v1/nothing-here', {})).statusCode).toBe(404);
    const page = await t.app.inject({ method: 'GET', url: '/settings/members' });
    expect(page.statusCode).toBe(200);
  });

  it('no session or key → 401; a bad key → 401', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/members' });
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('unauthenticated');
    const bad = await t.app.inject({ method: 'GET', url: '/api/v1/members', headers: { authorization: 'Bearer tdm_wrong' } });
    expect(bad.statusCode).toBe(401);
  });

  it('every response carries a request id, echoed from x-request-id', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/health', headers: { 'x-request-id': 'trace-123' } });
    expect(res.headers['x-request-id']).toBe('trace-123');
    expect(res.json()).toEqual({ status: 'ok' });
    expect((await t.app.inject({ method: 'GET', url: '/ready' })).json()).toMatchObject({ status: 'ready' });
  });

  it('serves the OpenAPI 3.1 document and its docs page', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/auth/sign-in', '/api/v1/api-keys', '/api/v1/members/{id}']));
    expect(doc.paths['/api/v1/api-keys'].post.requestBody.content['application/json'].schema.properties.role).toBeDefined();
    const docs = await t.app.inject({ method: 'GET', url: '/api/docs' });
    expect([200, 302]).toContain(docs.statusCode);
  });
});
