/**
 * A streaming RFC 4180 reader that knows the line number each record starts on.
 *
 * Why not csv-parse: its line counter counts a CRLF inside a quoted field twice, and it fixes the
 * record delimiter from the first line, so a file with mixed line endings fails. Row numbers in
 * import errors must be exact (they are what the user looks up in the file), so the import reads CSV
 * itself. It accepts CRLF, LF and CR line ends (mixed), quoted fields with delimiters, quotes ("") and
 * line breaks, and is lenient where spreadsheets are sloppy: a quote inside an unquoted field is kept
 * as a character, text after a closing quote is appended.
 */

const QUOTE = 34;
const CR = 13;
const LF = 10;

/** One record: the line it starts on (1-based) and its cells. */
export type CsvRecord = { line: number; cells: string[] };

/** A file-level problem: the reader cannot go on (an unterminated quote, a field too large). */
export class CsvFormatError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
    this.name = 'CsvFormatError';
  }
}

/** The longest field accepted, in characters: past it the file is taken to have a stray quote. */
export const MAX_FIELD_CHARS = 1_000_000;
/** The most cells in a record. */
export const MAX_CELLS = 2000;

export class CsvReader {
  private cells: string[] = [];
  private field = '';
  private inQuotes = false;
  /** Inside quotes, the previous character was a quote: either the closing one or the first of "". */
  private afterQuote = false;
  /** The previous character was CR (an LF right after it is the same line break). */
  private lastCR = false;
  private line = 1;
  private recordLine = 1;
  private recordStarted = false;
  private quoteLine = 1;
  private readonly delimiter: number;

  constructor(delimiter = ',') {
    this.delimiter = delimiter.charCodeAt(0);
  }

  /** Reads a chunk of decoded text; complete records are appended to `out`. */
  push(text: string, out: CsvRecord[]): void {
    const n = text.length;
    const delimiter = this.delimiter;
    let i = 0;
    let start = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (this.inQuotes) {
        if (this.afterQuote) {
          this.afterQuote = false;
          if (c === QUOTE) {
            // "" inside quotes: one quote character.
            this.field += '"';
            i++;
            start = i;
            continue;
          }
          this.inQuotes = false;
          start = i;
          // The closing quote was the previous character: read c as outside quotes (below).
        } else {
          if (c === QUOTE) {
            this.field += text.slice(start, i);
            this.afterQuote = true;
            this.lastCR = false;
            i++;
            start = i;
            continue;
          }
          if (c === CR) {
            this.line++;
            this.lastCR = true;
          } else {
            if (c === LF) {
              if (!this.lastCR) this.line++;
            }
            this.lastCR = false;
          }
          i++;
          if (i - start + this.field.length > MAX_FIELD_CHARS) {
            throw new CsvFormatError(`A quoted field that starts on line ${this.quoteLine} never ends (a quote is missing)`, this.quoteLine);
          }
          continue;
        }
      }
      if (c === delimiter) {
        this.endField(text.slice(start, i));
        this.recordStarted = true;
        this.lastCR = false;
        i++;
        start = i;
      } else if (c === CR || c === LF) {
        if (c === LF && this.lastCR) {
          // The LF of a CRLF: the CR already ended the line.
          this.lastCR = false;
          i++;
          start = i;
          continue;
        }
        this.endField(text.slice(start, i));
        this.endRecord(out);
        this.line++;
        this.recordLine = this.line;
        this.lastCR = c === CR;
        i++;
        start = i;
      } else if (c === QUOTE && i === start && this.field === '') {
        this.inQuotes = true;
        this.recordStarted = true;
        this.quoteLine = this.line;
        this.lastCR = false;
        i++;
        start = i;
      } else {
        this.recordStarted = true;
        this.lastCR = false;
        i++;
      }
    }
    if (start < n) this.field += text.slice(start, n);
    if (this.field.length > MAX_FIELD_CHARS) throw new CsvFormatError(`A field on line ${this.recordLine} is longer than ${MAX_FIELD_CHARS} characters`, this.recordLine);
  }

  /** The end of the input: the last record if the file does not end with a line break. */
  end(out: CsvRecord[]): void {
    if (this.inQuotes && !this.afterQuote) {
      throw new CsvFormatError(`A quoted field that starts on line ${this.quoteLine} never ends (a quote is missing)`, this.quoteLine);
    }
    this.inQuotes = false;
    this.afterQuote = false;
    if (this.recordStarted || this.field !== '' || this.cells.length > 0) {
      this.endField('');
      this.endRecord(out);
    }
  }

  private endField(tail: string) {
    if (this.cells.length >= MAX_CELLS) throw new CsvFormatError(`Line ${this.recordLine} has more than ${MAX_CELLS} cells`, this.recordLine);
    this.cells.push(this.field === '' ? tail : this.field + tail);
    this.field = '';
  }

  private endRecord(out: CsvRecord[]) {
    const cells = this.cells;
    this.cells = [];
    // A line with nothing on it is a blank line, not a record.
    if (!this.recordStarted && cells.length === 1 && cells[0] === '') return;
    this.recordStarted = false;
    out.push({ line: this.recordLine, cells });
  }
}

/** The separator of a CSV file, from its first line: the most frequent of `,` `;` and tab outside quotes (`,` on a tie). */
export function detectDelimiter(firstLine: string): string {
  const counts = new Map<string, number>([
    [',', 0],
    [';', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (const ch of firstLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best = ',';
  for (const [d, n] of counts) if (n > counts.get(best)!) best = d;
  return best;
}

/**
 * Counts the records of CSV text quickly (for the progress total), without building cells: line breaks
 * outside quotes that end a non-empty line. Works on UTF-8 bytes or decoded text alike (quotes and line
 * breaks are ASCII, never part of a UTF-8 multi-byte sequence).
 */
export class CsvRecordCounter {
  private inQuotes = false;
  private lastCR = false;
  private lineHasContent = false;
  records = 0;

  push(chunk: Uint8Array | string): void {
    const isText = typeof chunk === 'string';
    const n = chunk.length;
    let inQuotes = this.inQuotes;
    let lastCR = this.lastCR;
    let content = this.lineHasContent;
    let records = this.records;
    for (let i = 0; i < n; i++) {
      const c = isText ? (chunk as string).charCodeAt(i) : (chunk as Uint8Array)[i]!;
      if (c === QUOTE) {
        inQuotes = !inQuotes;
        content = true;
        lastCR = false;
      } else if (c === CR || c === LF) {
        if (!inQuotes && !(c === LF && lastCR)) {
          if (content) records++;
          content = false;
        }
        lastCR = c === CR;
      } else {
        content = true;
        lastCR = false;
      }
    }
    this.inQuotes = inQuotes;
    this.lastCR = lastCR;
    this.lineHasContent = content;
    this.records = records;
  }

  end(): number {
    if (this.lineHasContent) this.records++;
    this.lineHasContent = false;
    return this.records;
  }
}
