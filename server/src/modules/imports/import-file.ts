/**
 * Reading an uploaded customer file, CSV or XLSX, as a stream of rows: the format and text encoding are
 * detected from the bytes (not the file name), the header row is read and made unique, and rows come
 * one at a time with their line number so memory stays flat whatever the file's size.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { TextDecoder } from 'node:util';
import ExcelJS from 'exceljs';
import { AppError } from '../../platform/errors';
import { CsvFormatError, CsvReader, CsvRecordCounter, detectDelimiter, type CsvRecord } from './csv-reader';

export type FileFormat = 'csv' | 'xlsx';
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** What the first bytes say about a file. */
export type FileKind = { format: 'xlsx'; encoding: null } | { format: 'csv'; encoding: TextEncoding };

/** A data row: its line number in the file (header = 1) or spreadsheet row number, and its cells. */
export type SourceRow = { row: number; cells: string[] };

const unreadable = (detail: string) => new AppError('unprocessable', detail, { errors: [{ path: 'file', message: detail }] });

export const BAD_ENCODING_MESSAGE =
  'The file is not UTF-8 or UTF-16 text. It may be in an old Vietnamese encoding (Windows-1258, TCVN3/ABC or VNI): ' +
  'open it in Excel and save it as "CSV UTF-8 (Comma delimited)" or as an Excel workbook (.xlsx), then upload it again.';

/**
 * The kind of a file from its first bytes: a ZIP (XLSX), a BOM (UTF-8, UTF-16 LE/BE), UTF-16 without a
 * BOM (every other byte zero), else UTF-8. An old .xls or other binary file is refused.
 */
export function sniff(head: Uint8Array): FileKind {
  const b = head;
  if (b.length === 0) throw unreadable('The file is empty');
  if (b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04) return { format: 'xlsx', encoding: null };
  if (b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0) {
    throw unreadable('Old Excel files (.xls) cannot be read: save the file as an Excel workbook (.xlsx) or as "CSV UTF-8", then upload it again.');
  }
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { format: 'csv', encoding: 'utf-8' };
  if (b[0] === 0xff && b[1] === 0xfe) return { format: 'csv', encoding: 'utf-16le' };
  if (b[0] === 0xfe && b[1] === 0xff) return { format: 'csv', encoding: 'utf-16be' };
  // UTF-16 without a BOM: ASCII text has a zero in every other byte.
  const n = Math.min(b.length, 4096) & ~1;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenZeros++;
    if (b[i + 1] === 0) oddZeros++;
  }
  if (n >= 4 && oddZeros > n / 4 && evenZeros === 0) return { format: 'csv', encoding: 'utf-16le' };
  if (n >= 4 && evenZeros > n / 4 && oddZeros === 0) return { format: 'csv', encoding: 'utf-16be' };
  if (b.subarray(0, Math.min(b.length, 4096)).includes(0)) throw unreadable('This is not a CSV or XLSX file (it holds binary data).');
  return { format: 'csv', encoding: 'utf-8' };
}

/**
 * Checks, as bytes stream in, that a CSV file decodes in its encoding, and counts its records. Used
 * while the upload is written to disk, so a bad file is refused before anything else happens.
 */
export class TextChecker {
  private readonly decoder: TextDecoder;
  private readonly counter = new CsvRecordCounter();
  private readonly byteCounting: boolean;

  constructor(readonly encoding: TextEncoding) {
    this.decoder = new TextDecoder(encoding, { fatal: true });
    this.byteCounting = encoding === 'utf-8';
  }

  push(chunk: Uint8Array): void {
    let text: string;
    try {
      text = this.decoder.decode(chunk, { stream: true });
    } catch {
      throw unreadable(BAD_ENCODING_MESSAGE);
    }
    this.counter.push(this.byteCounting ? chunk : text);
  }

  /** The number of records, header included. */
  end(): number {
    try {
      this.decoder.decode();
    } catch {
      throw unreadable(BAD_ENCODING_MESSAGE);
    }
    return this.counter.end();
  }
}

/** Reads the first bytes of a file. */
export async function readHead(path: string, bytes = 65536): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Headers as used in mappings: trimmed NFC text, "Cột N" for empty ones, "Name (2)" for repeats. */
export function uniqueHeaders(raw: string[]): string[] {
  const seen = new Map<string, number>();
  return raw.map((cell, i) => {
    const base = cell.normalize('NFC').replace(/\s+/g, ' ').trim() || `Cột ${i + 1}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base} (${count})`;
  });
}

const isBlank = (cells: string[]) => cells.every((c) => c.trim() === '');

/** An opened file: its header and an iterator over its data rows (blank rows skipped). */
export type OpenedFile = {
  format: FileFormat;
  encoding: TextEncoding | null;
  delimiter: string | null;
  headers: string[];
  /** The header's own line/row number. */
  headerRow: number;
  rows: AsyncGenerator<SourceRow, void, undefined>;
  close(): void;
};

/** Opens a file for reading rows. Throws AppError (422) for a file that cannot be read. */
export async function openFile(path: string, kind: FileKind): Promise<OpenedFile> {
  return kind.format === 'xlsx' ? openXlsx(path) : openCsv(path, kind.encoding);
}

async function openCsv(path: string, encoding: TextEncoding): Promise<OpenedFile> {
  const stream = createReadStream(path, { highWaterMark: 1 << 20 });
  const decoder = new TextDecoder(encoding, { fatal: true });
  let reader: CsvReader | null = null;
  let delimiter = ',';
  let pending = '';
  const queue: CsvRecord[] = [];

  async function* records(): AsyncGenerator<CsvRecord, void, undefined> {
    try {
      yield* parse();
    } catch (error) {
      if (error instanceof CsvFormatError) throw unreadable(`The CSV file cannot be read: ${error.message}`);
      throw error;
    }
  }

  async function* parse(): AsyncGenerator<CsvRecord, void, undefined> {
    for await (const chunk of stream) {
      let text: string;
      try {
        text = decoder.decode(chunk as Buffer, { stream: true });
      } catch {
        throw unreadable(BAD_ENCODING_MESSAGE);
      }
      if (!reader) {
        // The separator comes from the first line, so wait until it is complete.
        pending += text;
        const end = pending.search(/[\r\n]/);
        if (end < 0 && pending.length < 1 << 20) continue;
        delimiter = detectDelimiter(end < 0 ? pending : pending.slice(0, end));
        reader = new CsvReader(delimiter);
        text = pending;
        pending = '';
      }
      reader.push(text, queue);
      while (queue.length) yield queue.shift()!;
    }
    if (!reader) {
      delimiter = detectDelimiter(pending);
      reader = new CsvReader(delimiter);
      reader.push(pending, queue);
    }
    reader.end(queue);
    while (queue.length) yield queue.shift()!;
  }

  const all = records();
  let header: CsvRecord | undefined;
  for (;;) {
    const next = await all.next();
    if (next.done) break;
    if (!isBlank(next.value.cells)) {
      header = next.value;
      break;
    }
  }
  if (!header) {
    stream.destroy();
    throw unreadable('The file has no header row: the first row must name the columns');
  }
  async function* rows(): AsyncGenerator<SourceRow, void, undefined> {
    try {
      for await (const r of { [Symbol.asyncIterator]: () => all }) {
        if (!isBlank(r.cells)) yield { row: r.line, cells: r.cells };
      }
    } finally {
      stream.destroy();
      await all.return();
    }
  }
  return {
    format: 'csv',
    encoding,
    delimiter,
    headers: uniqueHeaders(header.cells),
    headerRow: header.line,
    rows: rows(),
    close: () => stream.destroy(),
  };
}

/**
 * A spreadsheet cell as text: dates as yyyy-mm-dd, formulas by their result, rich text and links by their
 * text, shared strings from `shared`.
 */
export function cellText(value: ExcelJS.CellValue, shared?: SharedStrings): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isInteger(value) ? value.toFixed(0) : String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return '';
    // Excel dates carry no zone: exceljs gives them as UTC midnight.
    return value.toISOString().slice(0, 10);
  }
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText)) return value.richText.map((r) => r.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value) return cellText((value.result ?? null) as ExcelJS.CellValue, shared);
    if ('error' in value) return '';
    if ('sharedString' in value && shared) return shared.get((value as { sharedString: number }).sharedString);
  }
  return String(value);
}

/**
 * An XLSX file's shared strings (the texts its cells point to by number), kept as UTF-8 in one buffer
 * with their offsets. Excel writes every text cell as a shared string, so a file of 1,000,000 rows holds
 * millions of them, and all must be kept while the rows are read. Kept by ExcelJS as one JS string (or
 * rich-text object) each, they took 665 MB more while such a file was imported (bench/import --xlsx);
 * as bytes they take little more than the file's text.
 */
export class SharedStrings {
  private bytes = Buffer.alloc(1 << 20);
  private used = 0;
  private ends = new Uint32Array(1 << 16);
  private count = 0;

  add(text: string): void {
    const need = Buffer.byteLength(text);
    if (this.used + need > this.bytes.length) {
      const bigger = Buffer.alloc(Math.max(this.bytes.length * 2, this.used + need));
      this.bytes.copy(bigger, 0, 0, this.used);
      this.bytes = bigger;
    }
    this.used += this.bytes.write(text, this.used);
    if (this.count === this.ends.length) {
      const bigger = new Uint32Array(this.ends.length * 2);
      bigger.set(this.ends);
      this.ends = bigger;
    }
    this.ends[this.count++] = this.used;
  }

  /** The text of string `index`; '' for an index the file does not have. */
  get(index: number): string {
    if (!(index >= 0 && index < this.count)) return '';
    return this.bytes.toString('utf8', index === 0 ? 0 : this.ends[index - 1], this.ends[index]);
  }
}

/** A shared string as ExcelJS emits it: plain text, or rich text in runs. */
type EmittedString = { index: number; text: string | null | { richText: { text: string | null }[] } };
const isEmittedString = (item: unknown): item is EmittedString => typeof item === 'object' && item !== null && 'index' in item && 'text' in item;
const emittedText = (text: EmittedString['text']): string =>
  text === null ? '' : typeof text === 'string' ? text : text.richText.map((r) => r.text ?? '').join('');

async function openXlsx(path: string): Promise<OpenedFile> {
  const stream = createReadStream(path);
  // Shared strings are emitted, not cached by ExcelJS (see SharedStrings); ExcelJS then reads the
  // worksheets after every shared string, from temporary files where the sheets come first in the zip.
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(stream, {
    entries: 'emit',
    sharedStrings: 'emit',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
  });
  const shared = new SharedStrings();

  async function* sheetRows(): AsyncGenerator<SourceRow, void, undefined> {
    try {
      let first = true;
      for await (const item of workbook.parse() as unknown as AsyncIterable<unknown>) {
        if (isEmittedString(item)) {
          shared.add(emittedText(item.text));
          continue;
        }
        const event = item as { eventType?: string; value?: AsyncIterable<ExcelJS.Row> };
        if (event.eventType !== 'worksheet' || !event.value) continue;
        if (!first) {
          // The first worksheet only. Later ones are read through without their rows, so that ExcelJS
          // deletes the temporary copy it made of each (it does so once a sheet has been read).
          for await (const row of event.value) void row;
          continue;
        }
        first = false;
        for await (const row of event.value) {
          const values = row.values as ExcelJS.CellValue[];
          const cells: string[] = [];
          // row.values is 1-based and sparse.
          for (let i = 1; i < values.length; i++) cells.push(cellText(values[i] ?? null, shared));
          yield { row: row.number, cells };
        }
      }
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw unreadable(`The Excel file cannot be read: ${(error as Error).message}`);
    } finally {
      stream.destroy();
    }
  }

  const all = sheetRows();
  let header: SourceRow | undefined;
  for (;;) {
    const next = await all.next();
    if (next.done) break;
    if (!isBlank(next.value.cells)) {
      header = next.value;
      break;
    }
  }
  if (!header) {
    stream.destroy();
    throw unreadable('The spreadsheet has no header row: the first row of the first sheet must name the columns');
  }
  async function* rows(): AsyncGenerator<SourceRow, void, undefined> {
    try {
      for await (const r of { [Symbol.asyncIterator]: () => all }) {
        if (!isBlank(r.cells)) yield r;
      }
    } finally {
      await all.return();
    }
  }
  return {
    format: 'xlsx',
    encoding: null,
    delimiter: null,
    headers: uniqueHeaders(header.cells),
    headerRow: header.row,
    rows: rows(),
    close: () => stream.destroy(),
  };
}
