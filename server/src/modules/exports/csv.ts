/**
 * CSV cells as Excel reads them safely: quoted when they hold a separator, quote or line break, and
 * with an apostrophe before a leading = + - @ so a spreadsheet never runs text from the database as a
 * formula (CSV injection). Tandem's import drops that apostrophe again.
 */
const NEEDS_QUOTES = /[",\r\n;]|^\s|\s$/;
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string): string {
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV line (CRLF-terminated, as Excel writes them). */
export const csvLine = (cells: string[]): string => `${cells.map(csvCell).join(',')}\r\n`;

/** The byte-order mark that makes Excel read a CSV file as UTF-8 (Vietnamese text shows correctly). */
export const UTF8_BOM = '\uFEFF';
