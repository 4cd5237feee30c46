import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { CsvReader, CsvRecordCounter, detectDelimiter, type CsvRecord } from './csv-reader';
import { openFile, SharedStrings, sniff } from './import-file';
import { headerKey, suggestMapping } from './import-mapping';
import { parseBirthday, parseDate, parseEmail, parseNumber, parsePhone } from './import-values';

const read = (chunks: string[], delimiter = ',') => {
  const reader = new CsvReader(delimiter);
  const out: CsvRecord[] = [];
  for (const c of chunks) reader.push(c, out);
  reader.end(out);
  return out;
};

describe('CSV reader', () => {
  it('gives each record the line it starts on, across CRLF, LF, CR, quoted line breaks and blank lines', () => {
    const text = 'a,b\r\n1,"x\r\ny"\r\n\r\n,\r\n3,4\n\n\n"q""q",5\r6,7';
    const expected = [
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['1', 'x\r\ny'] },
      { line: 5, cells: ['', ''] },
      { line: 6, cells: ['3', '4'] },
      { line: 9, cells: ['q"q', '5'] },
      { line: 10, cells: ['6', '7'] },
    ];
    expect(read([text])).toEqual(expected);
    // The same text split at every position reads the same.
    for (let i = 1; i < text.length; i++) expect(read([text.slice(0, i), text.slice(i)])).toEqual(expected);
  });

  it('keeps quotes inside unquoted fields and text after a closing quote', () => {
    expect(read(['a 5" screen,"x"y\n'])).toEqual([{ line: 1, cells: ['a 5" screen', 'xy'] }]);
  });

  it('reports an unterminated quote with the line it opened on', () => {
    expect(() => read(['a,b\n1,"never closed\n2,3\n'])).toThrow(/line 2/);
  });

  it('counts records like the reader does (without building them)', () => {
    const text = 'a,b\r\n1,"x\r\ny"\r\n\r\n3,4\n\n"q""q",5';
    const counter = new CsvRecordCounter();
    counter.push(Buffer.from(text));
    expect(counter.end()).toBe(read([text]).length);
  });

  it('detects the separator from the header', () => {
    expect(detectDelimiter('Họ và tên;SĐT;Email')).toBe(';');
    expect(detectDelimiter('Họ và tên\tSĐT')).toBe('\t');
    expect(detectDelimiter('"a;b",c')).toBe(',');
  });
});

describe('file kind', () => {
  it('reads the format and encoding from the first bytes', () => {
    expect(sniff(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0]))).toEqual({ format: 'xlsx', encoding: null });
    expect(sniff(Buffer.from([0xef, 0xbb, 0xbf, 0x41]))).toEqual({ format: 'csv', encoding: 'utf-8' });
    expect(sniff(Buffer.from([0xff, 0xfe, 0x41, 0]))).toEqual({ format: 'csv', encoding: 'utf-16le' });
    expect(sniff(Buffer.from([0xfe, 0xff, 0, 0x41]))).toEqual({ format: 'csv', encoding: 'utf-16be' });
    expect(sniff(Buffer.from('a\0b\0c\0d\0', 'latin1'))).toEqual({ format: 'csv', encoding: 'utf-16le' });
    expect(() => sniff(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))).toThrow(/\.xls/);
    expect(() => sniff(Buffer.alloc(0))).toThrow(/empty/);
  });
});

describe('cell values', () => {
  it('reads phones in every usual writing, and a mobile whose leading 0 a spreadsheet dropped', () => {
    for (const p of ['0912.345.678', '+84 912 345 678', '84912345678', '0912-345-678', '912345678', '(+84) 912345678']) {
      expect(parsePhone(p)).toEqual({ ok: true, value: '+84912345678' });
    }
    expect(parsePhone('0912').ok).toBe(false);
  });

  it('reads dates day first, and refuses impossible ones', () => {
    expect(parseDate('14/2/1990')).toEqual({ ok: true, value: '1990-02-14' });
    expect(parseDate('14-02-1990')).toEqual({ ok: true, value: '1990-02-14' });
    expect(parseDate('1990-02-14')).toEqual({ ok: true, value: '1990-02-14' });
    expect(parseDate('31/02/1990').ok).toBe(false);
    expect(parseDate('01/13/1990').ok).toBe(false);
    expect(parseBirthday('1/1/2999').ok).toBe(false);
  });

  it('reads numbers as Vietnamese write them', () => {
    expect(parseNumber('1.500.000')).toEqual({ ok: true, value: 1_500_000 });
    expect(parseNumber('1 500 000 ₫')).toEqual({ ok: true, value: 1_500_000 });
    expect(parseNumber('12,5')).toEqual({ ok: true, value: 12.5 });
    expect(parseNumber('1,234,567.5')).toEqual({ ok: true, value: 1_234_567.5 });
  });

  it('lower-cases e-mails and refuses malformed ones', () => {
    expect(parseEmail('An.Nguyen@Example.VN')).toEqual({ ok: true, value: 'an.nguyen@example.vn' });
    expect(parseEmail('em@@example').ok).toBe(false);
  });
});

describe('mapping suggestion', () => {
  it('maps Vietnamese and English headers, repeated columns to list fields', () => {
    const headers = ['Họ và tên', 'SĐT', 'Di động', 'E-mail', 'Ngày sinh', 'Giới tính', 'Địa chỉ', 'Phường/Xã', 'Quận/Huyện', 'Tỉnh/TP', 'Ghi chú', 'Nguồn', 'Mã', 'Phone (2)'];
    expect(suggestMapping('person', headers, new Map())).toEqual({
      'Họ và tên': 'fullName',
      SĐT: 'phones',
      'Di động': 'phones',
      'E-mail': 'emails',
      'Ngày sinh': 'birthday',
      'Giới tính': 'gender',
      'Địa chỉ': 'street',
      'Phường/Xã': 'wardName',
      'Quận/Huyện': 'legacyDistrict',
      'Tỉnh/TP': 'provinceName',
      'Ghi chú': 'notes',
      Nguồn: 'source',
      'Phone (2)': 'phones',
    });
    expect(suggestMapping('organization', ['Tên công ty', 'MST', 'Mã số thuế'], new Map())).toEqual({ 'Tên công ty': 'name', MST: 'taxCode' });
    expect(headerKey('Tỉnh / Thành phố')).toBe('tinh thanh pho');
  });
});

describe('XLSX shared strings', () => {
  it('keeps every text and gives it back by number, past the first buffer and offset table', () => {
    const shared = new SharedStrings();
    const texts = Array.from({ length: 70_000 }, (_, i) => (i % 7 === 0 ? '' : `Nguyễn Thị Ánh ${i} — ${'đ'.repeat(i % 40)}`));
    for (const t of texts) shared.add(t);
    for (const i of [0, 1, 6, 7, 65_535, 65_536, 69_999]) expect(shared.get(i)).toBe(texts[i]);
    expect(texts.every((t, i) => shared.get(i) === t)).toBe(true);
    expect(shared.get(70_000)).toBe('');
    expect(shared.get(-1)).toBe('');
  });

  it("reads the first sheet's rows from shared strings (as Excel writes them), rich text included, and leaves no temporary file", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'tandem-xlsx-'));
    const file = path.join(dir, 'k.xlsx');
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
    const first = writer.addWorksheet('Khách hàng');
    first.addRow(['Họ và tên', 'Điện thoại', 'Ghi chú']).commit();
    first.addRow(['Trần Văn Bình', '0912 345 678', { richText: [{ text: 'Khách ' }, { text: 'VIP', font: { bold: true } }] }]).commit();
    first.addRow(['Lê Thị Hoa', '0987 654 321', 'Khách VIP']).commit();
    first.commit();
    const second = writer.addWorksheet('Khác');
    second.addRow(['Không', 'đọc']).commit();
    second.commit();
    await writer.commit();

    const before = new Set(readdirSync(os.tmpdir()));
    const opened = await openFile(file, { format: 'xlsx', encoding: null });
    const rows: string[][] = [];
    for await (const r of opened.rows) rows.push(r.cells);
    expect(opened.headers).toEqual(['Họ và tên', 'Điện thoại', 'Ghi chú']);
    expect(rows).toEqual([
      ['Trần Văn Bình', '0912 345 678', 'Khách VIP'],
      ['Lê Thị Hoa', '0987 654 321', 'Khách VIP'],
    ]);
    // ExcelJS removes each sheet's temporary copy asynchronously once the sheet has been read.
    const left = () => readdirSync(os.tmpdir()).filter((f) => !before.has(f));
    for (let i = 0; i < 100 && left().length > 0; i++) await new Promise((r) => setTimeout(r, 10));
    expect(left()).toEqual([]);
    rmSync(dir, { recursive: true, force: true });
  });
});
