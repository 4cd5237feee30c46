import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, buildWorkspace, signIn, withApiKey, type Client, type TestApp } from '../../test/harness';
import { listWards } from './geo.data';

describe('geo API', () => {
  let t: TestApp;
  let api: Client;

  beforeAll(async () => {
    t = await buildTestApp();
    const ws = await buildWorkspace(t.database);
    api = withApiKey(t.app, ws.apiKey);
  });
  afterAll(() => t.close());

  it('needs a signed-in user or an API key', async () => {
    for (const url of ['/api/v1/geo/provinces', '/api/v1/geo/provinces/01/wards', '/api/v1/geo/resolve?province=H%C3%A0%20N%E1%BB%99i']) {
      const res = await t.app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(401);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    const ws = await buildWorkspace(t.database);
    const user = await signIn(t.app, ws.owner.email, ws.owner.password);
    expect((await user.request('GET', '/api/v1/geo/provinces')).statusCode).toBe(200);
  });

  it('lists the 34 provinces with exactly their public fields', async () => {
    const res = await api.request('GET', '/api/v1/geo/provinces');
    expect(res.statusCode).toBe(200);
    const { data } = res.json() as { data: Record<string, unknown>[] };
    expect(data).toHaveLength(34);
    expect(data[0]).toEqual({ code: '01', name: 'Thành phố Hà Nội', type: 'municipality', phoneAreaCode: '24' });
    expect(data.find((p) => p.code === '79')).toEqual({ code: '79', name: 'Thành phố Hồ Chí Minh', type: 'municipality', phoneAreaCode: '28' });
    expect(data.find((p) => p.code === '66')).toEqual({ code: '66', name: 'Tỉnh Đắk Lắk', type: 'province', phoneAreaCode: '262' });
  });

  it("lists a province's wards, without the province code in each", async () => {
    const res = await api.request('GET', '/api/v1/geo/provinces/01/wards');
    expect(res.statusCode).toBe(200);
    const { data } = res.json() as { data: Record<string, unknown>[] };
    expect(data).toHaveLength(listWards('01').length);
    expect(data[0]).toEqual({ code: '00004', name: 'Phường Ba Đình', type: 'ward' });
    expect(data.every((w) => Object.keys(w).sort().join() === 'code,name,type')).toBe(true);

    const special = (await api.request('GET', '/api/v1/geo/provinces/79/wards')).json() as { data: { code: string; type: string }[] };
    expect(special.data.find((w) => w.code === '26732')).toEqual({ code: '26732', name: 'Đặc khu Côn Đảo', type: 'special_zone' });
  });

  it('answers 404 for an unknown province and 400 for a malformed code', async () => {
    const unknown = await api.request('GET', '/api/v1/geo/provinces/99/wards');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.headers['content-type']).toContain('application/problem+json');
    expect(unknown.json()).toMatchObject({ status: 404, code: 'not_found' });
    // Hà Giang's old code: merged into Tuyên Quang on 1 July 2025
    expect((await api.request('GET', '/api/v1/geo/provinces/02/wards')).statusCode).toBe(404);
    const malformed = await api.request('GET', '/api/v1/geo/provinces/abc/wards');
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().code).toBe('validation_failed');
  });

  const resolve = (query: Record<string, string>) => api.request('GET', `/api/v1/geo/resolve?${new URLSearchParams(query).toString()}`);

  it('resolves an old address merged as a whole', async () => {
    const res = await resolve({ ward: 'Phường Trúc Bạch', district: 'Quận Ba Đình', province: 'Hà Nội' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ wardCode: '00004', provinceCode: '01', partial: false, note: 'Nhập toàn bộ' });
    // the same typed without accents, with abbreviations
    expect((await resolve({ ward: 'p truc bach', district: 'q. ba dinh', province: 'HN' })).json()).toEqual(res.json());
  });

  it('resolves a partial merge and flags it', async () => {
    const res = await resolve({ ward: 'Phường Ngọc Thụy', district: 'Quận Long Biên', province: 'Hà Nội' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ wardCode: '00118', provinceCode: '01', partial: true, note: 'Nhập một phần diện tích, toàn bộ dân số' });
  });

  it('resolves an old province alone', async () => {
    const res = await resolve({ province: 'Tỉnh Bình Dương' });
    expect(res.json()).toEqual({ wardCode: null, provinceCode: '79', partial: false, note: null });
  });

  it('answers 404 when nothing can be mapped', async () => {
    const res = await resolve({ ward: 'Phường Trúc Bạch', province: 'Atlantis' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'not_found' });
  });

  it('rejects an empty query and unknown parameters', async () => {
    expect((await api.request('GET', '/api/v1/geo/resolve')).statusCode).toBe(400);
    expect((await resolve({ ward: '   ' })).statusCode).toBe(400);
    expect((await resolve({ province: 'Hà Nội', street: '1 Tràng Tiền' })).statusCode).toBe(400);
    expect((await resolve({ province: 'x'.repeat(201) })).statusCode).toBe(400);
  });

  it('documents the routes in the OpenAPI document', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json() as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/geo/provinces', '/api/v1/geo/provinces/{code}/wards', '/api/v1/geo/resolve']));
  });
});
