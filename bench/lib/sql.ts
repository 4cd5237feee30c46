/**
 * The SQL reference: the statements a service sends for one request, captured while the service runs
 * in-process, then replayed straight on PostgreSQL — as `tandem_app` in the workspace (so row-level
 * security shapes the plans exactly as in the API), without the transaction, HTTP or auth around them.
 */
import pg from 'pg';

export type Statement = { text: string; values: unknown[] };

/** Transaction plumbing the server adds around every service call; not part of the service's SQL. */
const PLUMBING = /^\s*(begin|commit|rollback)\b|set_config\('role'/i;

/** Connection settings that make a session act like the server's workspace transactions. */
const asWorkspace = (workspaceId: string) => `-c role=tandem_app -c tandem.workspace_id=${workspaceId.replace(/[^0-9a-f-]/gi, '')}`;

type QueryFn = (this: pg.Client, ...args: unknown[]) => unknown;

/** Run `fn` and return the statements it sent through node-postgres (this process only). */
export async function captureSql(fn: () => Promise<unknown>): Promise<Statement[]> {
  const proto = pg.Client.prototype as unknown as { query: QueryFn & { capturing?: true } };
  const original = proto.query;
  if (original.capturing) throw new Error('captureSql calls cannot overlap');
  const seen: Statement[] = [];
  proto.query = Object.assign(function (this: pg.Client, ...args: unknown[]) {
    const [first, second] = args;
    const text = typeof first === 'string' ? first : first && typeof first === 'object' && 'text' in first ? String(first.text) : '';
    const values = Array.isArray(second) ? second : first && typeof first === 'object' && 'values' in first && Array.isArray(first.values) ? first.values : [];
    if (text && !PLUMBING.test(text)) seen.push({ text, values });
    return original.apply(this, args);
  }, { capturing: true as const });
  try {
    await fn();
  } finally {
    proto.query = original;
  }
  return seen;
}

/** A pool whose connections act as `tandem_app` in one workspace, to replay captured statements. */
export function sqlReplayer(url: string, workspaceId: string, connections: number) {
  const pool = new pg.Pool({ connectionString: url, max: connections, options: asWorkspace(workspaceId) });
  return {
    run: async (statements: Statement[]) => {
      for (const s of statements) await pool.query(s.text, s.values);
    },
    close: () => pool.end(),
  };
}

/** `EXPLAIN (ANALYZE, BUFFERS)` of a captured statement, run the same way as the replay. */
export async function explain(url: string, workspaceId: string, s: Statement): Promise<string> {
  const client = new pg.Client({ connectionString: url, options: asWorkspace(workspaceId) });
  await client.connect();
  try {
    const { rows } = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${s.text}`, s.values);
    return rows.map((r) => r['QUERY PLAN']).join('\n');
  } finally {
    await client.end();
  }
}
