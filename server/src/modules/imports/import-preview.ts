/**
 * The dry run of an import: the file's columns, a suggested mapping, the first rows as read and the
 * problems of the first rows checked — duplicates included — with nothing written.
 */
import type { ImportEntity, OnDuplicate, TImportMapping, TImportPreview } from '@tandem/shared';
import type { customFieldDefinitions } from '../../db/schema';
import type { Database, Scope } from '../../platform/db/database';
import { AppError } from '../../platform/errors';
import { planBatch, type RowIssue } from './import-batch';
import { openFile, type FileKind } from './import-file';
import { applicableMapping, compileMapping, suggestMapping } from './import-mapping';
import { missingRequired, normalizeRow, type Draft } from './import-rows';
import { candidateIds, lockMatches } from './import-writer';

const SAMPLE_ROWS = 20;
const MAX_ISSUES = 200;

export type PreviewInput = {
  entity: ImportEntity;
  definitions: Map<string, typeof customFieldDefinitions.$inferSelect>;
  path: string;
  kind: FileKind;
  /** The mapping sent with the request, if any. */
  mapping: TImportMapping | undefined;
  savedMapping: TImportMapping | null;
  onDuplicate: OnDuplicate;
  previewRows: number;
};

export async function previewImport(database: Database, scope: Scope, input: PreviewInput): Promise<TImportPreview> {
  const { definitions } = input;
  const file = await openFile(input.path, input.kind);
  try {
    const headers = file.headers;
    const suggestedMapping = suggestMapping(input.entity, headers, definitions);
    const mapping = input.mapping ?? applicableMapping(input.savedMapping, headers) ?? suggestedMapping;
    const base = {
      dryRun: true as const,
      entity: input.entity,
      format: file.format,
      encoding: file.encoding,
      delimiter: file.delimiter,
      columns: headers,
      suggestedMapping,
      savedMapping: input.savedMapping,
      mapping,
    };
    let plan;
    try {
      plan = compileMapping(input.entity, headers, mapping, definitions);
    } catch (error) {
      // A mapping the caller sent is their mistake (400); one we picked is for them to complete.
      if (input.mapping || !(error instanceof AppError)) throw error;
      const rows = [];
      for await (const r of file.rows) {
        rows.push({ row: r.row, values: Object.fromEntries(headers.map((h, i) => [h, r.cells[i] ?? ''])) });
        if (rows.length >= SAMPLE_ROWS) break;
      }
      const issues = (error.extra.errors ?? []).map((e) => ({ row: file.headerRow, column: null, reason: e.message, kind: 'error' as const }));
      return { ...base, rows, errors: issues, counts: { rows: 0, valid: 0, invalid: 0, duplicatesInFile: 0, duplicatesExisting: 0 }, complete: false };
    }

    const rows: TImportPreview['rows'] = [];
    const drafts: Draft[] = [];
    const issues: RowIssue[] = [];
    let count = 0;
    let invalid = 0;
    let complete = true;
    for await (const source of file.rows) {
      if (count >= input.previewRows) {
        complete = false;
        break;
      }
      count++;
      if (rows.length < SAMPLE_ROWS) {
        rows.push({ row: source.row, values: Object.fromEntries(headers.map((h, i) => [h, source.cells[i] ?? ''])) });
      }
      const r = normalizeRow(plan, source);
      if (r.ok) drafts.push(r.draft);
      else {
        invalid++;
        for (const e of r.errors) issues.push({ ...e, kind: 'error' });
      }
    }
    const ids = await candidateIds(database, input.entity, scope, drafts.flatMap((d) => d.keys));
    const existing = await database.inWorkspace(scope, (tx) => lockMatches(tx, input.entity, ids, false));
    const planned = planBatch(drafts, existing, input.onDuplicate, null, (d) => (plan.required.length ? missingRequired(plan, d) : []));
    const all = [...issues, ...planned.issues].sort((a, b) => a.row - b.row);
    return {
      ...base,
      rows,
      errors: all.slice(0, MAX_ISSUES),
      counts: {
        rows: count,
        valid: count - invalid - planned.errors,
        invalid: invalid + planned.errors,
        duplicatesInFile: planned.duplicatesInFile,
        duplicatesExisting: planned.duplicatesExisting,
      },
      complete,
    };
  } finally {
    file.close();
  }
}
