/** Helpers of the import and export tests: multipart uploads, waiting for jobs, reading people. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { App } from '../../platform/http/app';

export const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
export const fixture = (name: string) => readFileSync(path.join(FIXTURES, name));

/** A multipart/form-data body with text fields and one `file` part. */
export function multipart(fields: Record<string, string>, file: { name: string; content: Buffer | string } | null) {
  const boundary = `----tandem${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  }
  if (file) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`));
    parts.push(typeof file.content === 'string' ? Buffer.from(file.content) : file.content);
    parts.push(Buffer.from('\r\n'));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** An API client of one workspace (API key: no CSRF needed). */
export function apiClient(app: App, key: string) {
  const auth = { authorization: `Bearer ${key}` };
  return {
    get: (url: string) => app.inject({ method: 'GET', url, headers: auth }),
    post: (url: string, body?: object) => app.inject({ method: 'POST', url, headers: auth, ...(body ? { payload: body } : {}) }),
    put: (url: string, body: object) => app.inject({ method: 'PUT', url, headers: auth, payload: body }),
    upload: (fields: Record<string, string>, file: { name: string; content: Buffer | string } | null) => {
      const body = multipart(fields, file);
      return app.inject({ method: 'POST', url: '/api/v1/imports', headers: { ...auth, ...body.headers }, payload: body.payload });
    },
  };
}
export type ApiClient = ReturnType<typeof apiClient>;

const DONE = new Set(['completed', 'failed', 'cancelled', 'interrupted', 'rolled_back']);

/** Polls GET /api/v1/jobs/:id until the job has finished; returns its status. */
export async function waitForJob(client: ApiClient, id: string, timeoutMs = 20_000): Promise<Record<string, unknown>> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const res = await client.get(`/api/v1/jobs/${id}`);
    expect(res.statusCode).toBe(200);
    const job = res.json();
    if (DONE.has(job.state)) return job;
    if (Date.now() > until) throw new Error(`job ${id} still ${job.state}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Imports a file and waits for the result. */
export async function importFile(client: ApiClient, name: string, content: Buffer | string, fields: Record<string, string> = {}) {
  const res = await client.upload({ entity: 'person', ...fields }, { name, content });
  if (res.statusCode !== 202) throw new Error(`import refused: ${res.statusCode} ${res.body}`);
  return waitForJob(client, res.json().id);
}

/** Every live person of the workspace, oldest first, as the API shows them. */
export async function allPeople(client: ApiClient) {
  const rows: { id: string }[] = [];
  let cursor: string | null = null;
  do {
    const res: LightMyRequestResponse = await client.get(`/api/v1/people?limit=200&sort=createdAt${cursor ? `&cursor=${cursor}` : ''}`);
    const page = res.json() as { data: { id: string }[]; nextCursor: string | null };
    rows.push(...page.data);
    cursor = page.nextCursor;
  } while (cursor);
  const full = [];
  for (const r of rows) full.push((await client.get(`/api/v1/people/${r.id}`)).json());
  return full;
}
