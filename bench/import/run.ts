/**
 * Import benchmark on a real PostgreSQL server.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:import -- [rows=1000000] [--batch=2000] [--keep] [--xlsx]
 *
 * Creates a fresh database, migrates it and makes a workspace, generates the CSV if needed
 * (bench/import/data/customers-<rows>.csv), then times:
 *   1. the reference: a raw COPY of the same file into a bare table of 11 text columns;
 *   2. Tandem's import of the file through the service (`runImport`), sampling this process's RSS;
 *   3. the Node side alone: reading and normalizing every row, no database;
 *   4. with --floor, what the `people` table itself costs: the rows of the reference table inserted into
 *      `people` with plain INSERT … SELECT in the same batches (no parsing, no normalizing, no duplicate
 *      checks), once with its triggers (audit trail, search words, name words) and once without them.
 * With --xlsx, steps 2 and 3 read the same rows from an XLSX file written from the CSV with shared strings,
 * as Excel writes them (bench/import/data/customers-<rows>.xlsx, made once); the reference stays the CSV's COPY.
 * Prints the times, the ratio import/COPY, rows per second and the peak RSS, then drops the database.
 */
import { copyFileSync, existsSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { createReadStream } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { openDatabase } from '../../server/src/platform/db/database';
import { createWorkspace } from '../../server/src/modules/workspaces/workspaces.service';
import { activeDefinitions } from '../../server/src/modules/custom-fields/custom-fields.service';
import { createImport } from '../../server/src/modules/imports/imports.service';
import { runImport } from '../../server/src/modules/imports/import-runner';
import { openFile, sniff, readHead } from '../../server/src/modules/imports/import-file';
import { compileMapping, suggestMapping } from '../../server/src/modules/imports/import-mapping';
import { normalizeRow } from '../../server/src/modules/imports/import-rows';
import { generate } from './generate';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const rows = Number(args.find((a) => /^\d+$/.test(a)) ?? 1_000_000);
const batchSize = Number(args.find((a) => a.startsWith('--batch='))?.slice(8) ?? 2000);
const keep = args.includes('--keep');
const floor = args.includes('--floor');
const xlsx = args.includes('--xlsx');
const adminUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** CPU ms (user + system) of a process, from /proc (PostgreSQL runs on this machine in the benchmark). */
function cpuMs(pid: number): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return null;
  }
}

/**
 * CPU used by a database's backends while `run` runs, sampled every 200 ms by pid (a backend that exits
 * keeps its last sample). Machine load does not change it, unlike wall-clock time.
 */
async function backendCpu<T>(admin: pg.Client, database: string, run: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const first = new Map<number, number>();
  const last = new Map<number, number>();
  const sample = async () => {
    const { rows } = await admin.query(`SELECT pid FROM pg_stat_activity WHERE datname = $1`, [database]);
    for (const { pid } of rows as { pid: number }[]) {
      const ms = cpuMs(pid);
      if (ms === null) continue;
      if (!first.has(pid)) first.set(pid, sampling ? 0 : ms);
      last.set(pid, ms);
    }
  };
  let sampling = false;
  await sample();
  sampling = true;
  const timer = setInterval(() => void sample().catch(() => undefined), 200);
  try {
    const result = await run();
    await sample();
    return { result, ms: [...last].reduce((sum, [pid, ms]) => sum + ms - (first.get(pid) ?? 0), 0) };
  } finally {
    clearInterval(timer);
  }
}
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/** The CSV's rows as an XLSX file with a shared-strings table, written once beside it. */
async function xlsxOf(csv: string): Promise<string> {
  const out = csv.replace(/\.csv$/, '.xlsx');
  if (existsSync(out)) return out;
  process.stdout.write(`writing ${path.basename(out)}…\n`);
  const opened = await openFile(csv, sniff(await readHead(csv)));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: `${out}.part`, useSharedStrings: true, useStyles: false });
  const sheet = workbook.addWorksheet('Khách hàng');
  sheet.addRow(opened.headers).commit();
  for await (const row of opened.rows) sheet.addRow(row.cells).commit();
  sheet.commit();
  await workbook.commit();
  renameSync(`${out}.part`, out);
  return out;
}

async function main() {
  const csv = path.join(HERE, 'data', `customers-${rows}.csv`);
  if (!existsSync(csv)) {
    process.stdout.write(`generating ${rows} rows…\n`);
    await generate(rows, csv);
  }
  const file = xlsx ? await xlsxOf(csv) : csv;
  const bytes = statSync(file).size;
  const name = `tandem_bench_import_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 4 });
  try {
    await database.migrate();
    const ws = await createWorkspace(database, { name: 'Bench', adminEmail: 'bench@example.vn', adminPassword: 'correct horse battery', adminName: 'Bench' });
    const scope = { workspaceId: ws.workspaceId, actorUserId: ws.ownerUserId, actorApiKeyId: null, requestId: 'bench' };

    // 1. Reference: raw COPY into a bare table.
    const client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    await client.query(`CREATE TABLE bench_copy_reference (${Array.from({ length: 11 }, (_, i) => `c${i} text`).join(', ')})`);
    const copyPid = Number((await client.query(`SELECT pg_backend_pid() AS pid`)).rows[0].pid);
    const copyCpuBefore = cpuMs(copyPid) ?? 0;
    let started = Date.now();
    await pipeline(createReadStream(csv), client.query(copyFrom(`COPY bench_copy_reference FROM STDIN WITH (FORMAT csv, HEADER true)`)));
    const copyMs = Date.now() - started;
    const copyCpu = (cpuMs(copyPid) ?? 0) - copyCpuBefore;
    await client.end();

    // 2. Tandem's import, through the service, on a copy of the file (a finished import deletes its file).
    // It runs before the Node-only pass so the RSS sampled is the import's own.
    const kind = sniff(await readHead(file));
    const upload = path.join(os.tmpdir(), `${name}.upload`);
    copyFileSync(file, upload);
    const auth = { workspaceId: ws.workspaceId, role: 'owner' as const, userId: ws.ownerUserId, apiKeyId: null };
    const created = await createImport(database, scope, auth, { path: upload, fileName: path.basename(file), kind, bytes, records: null, fields: { entity: 'person' } });
    if (!('created' in created)) throw new Error('no import');
    const before = process.memoryUsage().rss;
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
    started = Date.now();
    const nodeCpuBefore = process.cpuUsage();
    const { result, ms: importDbCpu } = await backendCpu(admin, name, () => runImport(database, created.created.id, { batchSize }));
    const nodeCpu = process.cpuUsage(nodeCpuBefore);
    const importNodeCpu = (nodeCpu.user + nodeCpu.system) / 1000;
    const importMs = Date.now() - started;
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
    rmSync(upload, { force: true });
    const [job] = (await database.query(`SELECT processed, inserted, updated, skipped, error_count, state, failure FROM imports WHERE id = $1`, [created.created.id])).rows;

    // 3. The Node side alone: read and normalize every row.
    const definitions = await database.inWorkspace(scope, (tx) => activeDefinitions(tx, 'person'));
    started = Date.now();
    const opened = await openFile(file, kind);
    const plan = compileMapping('person', opened.headers, suggestMapping('person', opened.headers, definitions), definitions);
    let valid = 0;
    for await (const row of opened.rows) if (normalizeRow(plan, row).ok) valid++;
    const nodeMs = Date.now() - started;

    // 4. The floor set by the people table (indexes, generated columns, triggers).
    const floorMs: number[] = [];
    if (floor) {
      const c = new pg.Client({ connectionString: url.toString() });
      await c.connect();
      await c.query(`ALTER TABLE bench_copy_reference ADD COLUMN n bigserial`);
      await c.query(`CREATE INDEX ON bench_copy_reference (n)`);
      for (const triggers of [true, false]) {
        if (!triggers) await c.query(`ALTER TABLE people DISABLE TRIGGER audit_insert; ALTER TABLE people DISABLE TRIGGER search_words_insert; ALTER TABLE people DISABLE TRIGGER name_words_insert`);
        const other = await createWorkspace(database, { name: `Floor ${triggers}`, adminEmail: `floor-${triggers}@example.vn`, adminPassword: 'correct horse battery', adminName: 'F' });
        const floorScope = { ...scope, workspaceId: other.workspaceId };
        started = Date.now();
        for (let from = 0; from < rows; from += batchSize) {
          await database.inWorkspace(floorScope, (tx) =>
            tx.execute(sql`INSERT INTO people (workspace_id, full_name, phones, emails, birthday, gender, street, legacy_address, notes, source, customer_type)
              SELECT tandem_workspace_id(), coalesce(nullif(c0, ''), '?'), jsonb_build_array(jsonb_build_object('number', c1)),
                CASE WHEN c2 <> '' THEN jsonb_build_array(jsonb_build_object('address', lower(c2))) ELSE '[]'::jsonb END,
                NULL, NULL, c5, concat_ws(', ', c6, c7, c8), c9, c10, 'consumer'
              FROM bench_copy_reference WHERE n > ${from} AND n <= ${from + batchSize}`),
          );
        }
        floorMs.push(Date.now() - started);
      }
      await c.query(`ALTER TABLE people ENABLE TRIGGER audit_insert; ALTER TABLE people ENABLE TRIGGER search_words_insert; ALTER TABLE people ENABLE TRIGGER name_words_insert`);
      await c.end();
    }

    const lines = [
      `rows ${rows}, ${xlsx ? 'XLSX' : 'CSV'} file ${mb(bytes)}, batch ${batchSize}, Node ${process.version}, ${os.cpus().length} cores, load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`,
      `1. COPY into a bare table:          ${seconds(copyMs)}  (CPU of its backend ${seconds(copyCpu)})`,
      `2. Tandem import (runImport):       ${seconds(importMs)}  → ${Math.round(rows / (importMs / 1000))} rows/s, ratio import/COPY ${(importMs / copyMs).toFixed(1)}×`,
      `   CPU: database backends ${seconds(importDbCpu)} (${(importDbCpu / Math.max(copyCpu, 1)).toFixed(1)}× the COPY's), this process ${seconds(importNodeCpu)}`,
      `   result: ${JSON.stringify({ ...result, ...job })}`,
      `   peak RSS of this process during the import: ${mb(peak)} (${mb(before)} before it started)`,
      `3. read + normalize (Node, no DB):  ${seconds(nodeMs)}  (${valid} valid rows)`,
      ...(floor
        ? [
            `4. floor: INSERT … SELECT into people, same batches, with its triggers: ${seconds(floorMs[0]!)} (${(floorMs[0]! / copyMs).toFixed(1)}× COPY)`,
            `   the same without the audit, search-word and name-word triggers:  ${seconds(floorMs[1]!)} (${(floorMs[1]! / copyMs).toFixed(1)}× COPY)`,
          ]
        : []),
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    await database.close();
    if (!keep) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    else process.stdout.write(`kept database ${name}\n`);
    await admin.end();
  }
}

await main();
