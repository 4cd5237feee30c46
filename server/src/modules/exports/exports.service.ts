/**
 * Exporting the people or organizations list — the same filter and sort as the list — to CSV (UTF-8
 * with a BOM, so Excel shows Vietnamese correctly) or XLSX. Rows are read page by page with the list's
 * keyset (each page its own short transaction) and written to the response as they come, waiting for
 * the client when it reads slowly: memory stays flat whatever the number of rows.
 */
import { once } from 'node:events';
import { PassThrough, Readable } from 'node:stream';
import type { ImportEntity, TFilterCondition } from '@tandem/shared';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { WorkspaceAuth } from '../../platform/auth/authenticate';
import { authorize } from '../../platform/auth/policy';
import { queryRows, type WorkspaceTx } from '../../platform/db/database';
import { activeDefinitions } from '../custom-fields/custom-fields.service';
import { ORGANIZATION_ROW_COLUMNS, organizationsListQuery } from '../organizations/organizations.service';
import { PERSON_ROW_COLUMNS, peopleListQuery } from '../people/people.service';
import { csvLine, UTF8_BOM } from './csv';
import { exportColumns, vnDate, type ExportColumn, type ExportRecord } from './export-columns';

/** Rows per page (and per transaction). */
export const EXPORT_PAGE = 1000;

export type ExportQuery = { filter?: TFilterCondition[] | undefined; sort: string; columns?: string[] | undefined };
export type ExportPage = { rows: ExportRecord[]; cursor: string | null };

/** Reads one page of the export after `cursor` (null: the first page). */
export async function exportPage(tx: WorkspaceTx, entity: ImportEntity, query: ExportQuery, cursor: string | null): Promise<ExportPage> {
  const list = { filter: query.filter, sort: query.sort as never, deleted: false, cursor: cursor ?? undefined };
  const { where, page } = entity === 'person' ? await peopleListQuery(tx, list) : await organizationsListQuery(tx, list);
  const select =
    entity === 'person'
      ? sql`SELECT ${PERSON_ROW_COLUMNS}, street, legacy_address, notes`
      : sql`SELECT ${ORGANIZATION_ROW_COLUMNS}, website, industry, street, ward_code, legacy_address, notes`;
  const rows = await queryRows<ExportRecord & { sort_value: string | null }>(
    tx,
    sql`${select}, ${page.sortValue} AS sort_value FROM ${sql.raw(entity === 'person' ? 'people' : 'organizations')}
        WHERE ${where} ORDER BY ${page.orderBy} LIMIT ${EXPORT_PAGE}`,
  );
  const last = rows[rows.length - 1];
  return { rows, cursor: rows.length === EXPORT_PAGE && last ? page.next({ id: last.id, sortValue: last.sort_value }) : null };
}

/** Checks the request (permission, filter, columns) and reads the first page, before any byte is sent. */
export async function startExport(tx: WorkspaceTx, auth: WorkspaceAuth, entity: ImportEntity, query: ExportQuery) {
  authorize(auth.role, 'customers.export');
  const columns = exportColumns(entity, query.columns, await activeDefinitions(tx, entity));
  const first = await exportPage(tx, entity, query, null);
  return { columns, first };
}

/** All pages: the first, then each next one read through `next` (a new transaction per page). */
export async function* pages(first: ExportPage, next: (cursor: string) => Promise<ExportPage>): AsyncGenerator<ExportRecord[]> {
  let current = first;
  for (;;) {
    yield current.rows;
    if (!current.cursor) return;
    current = await next(current.cursor);
  }
}

const csvValue = (v: ReturnType<ExportColumn['value']>) => (typeof v === 'object' ? vnDate(v.date) : String(v));

/** The CSV file as a stream: BOM, header, rows. */
export function csvStream(columns: ExportColumn[], rows: AsyncIterable<ExportRecord[]>): Readable {
  async function* lines() {
    yield UTF8_BOM + csvLine(columns.map((c) => c.header));
    for await (const page of rows) {
      let chunk = '';
      for (const r of page) chunk += csvLine(columns.map((c) => csvValue(c.value(r))));
      yield chunk;
    }
  }
  return Readable.from(lines());
}

/** The XLSX file as a stream (exceljs's streaming writer: rows are committed as they are written). */
export function xlsxStream(columns: ExportColumn[], rows: AsyncIterable<ExportRecord[]>, sheetName: string, onError: (error: unknown) => void): Readable {
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  (async () => {
    for await (const page of rows) {
      for (const r of page) {
        const row = sheet.addRow(
          columns.map((c) => {
            const v = c.value(r);
            if (typeof v !== 'object') return v;
            const [y, m, d] = v.date.split('-').map(Number);
            return new Date(Date.UTC(y!, m! - 1, d!));
          }),
        );
        row.eachCell((cell) => {
          if (cell.value instanceof Date) cell.numFmt = 'dd/mm/yyyy';
        });
        row.commit();
      }
      // Wait for the client to read what is buffered before reading the next page.
      if (out.writableNeedDrain) await once(out, 'drain');
    }
    sheet.commit();
    await workbook.commit();
  })().catch((error: unknown) => {
    onError(error);
    out.destroy(error as Error);
  });
  return out;
}
