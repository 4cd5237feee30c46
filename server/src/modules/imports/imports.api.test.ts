import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMember, buildTestApp, buildWorkspace, signIn, type TestApp } from '../../test/harness';
import { allPeople, apiClient, fixture, importFile, waitForJob, type ApiClient } from './imports.test-helpers';

describe('imports: real files', () => {
  let t: TestApp;
  let importDir: string;
  const client = async () => apiClient(t.app, (await buildWorkspace(t.database)).apiKey);

  beforeAll(async () => {
    importDir = mkdtempSync(path.join(tmpdir(), 'tandem-imports-'));
    t = await buildTestApp({ IMPORT_DIR: importDir, IMPORT_MAX_BYTES: String(64 * 1024) });
  });
  afterAll(async () => {
    await t.close();
    rmSync(importDir, { recursive: true, force: true });
  });

  const expectThreePeople = async (c: ApiClient) => {
    const people = await allPeople(c);
    expect(people.map((p) => p.fullName)).toEqual(['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Hoàng Cường']);
    expect(people.map((p) => p.phones[0].number)).toEqual(['+84912345678', '+84903111222', '+84987654321']);
    expect(people[1].emails).toEqual([{ address: 'binh@example.vn' }]);
    expect(people.map((p) => p.birthday)).toEqual(['1990-02-14', '1985-12-01', null]);
    expect(people.map((p) => p.gender)).toEqual(['male', 'female', 'male']);
    expect(people.map((p) => p.address.provinceCode)).toEqual(['01', '79', '48']);
    expect(people[0].notes).toBe('Khách quen, mua nhiều');
    expect(people[1].notes).toBe('Gọi sau 17h\r\nkhông gọi giờ trưa');
    expect(people[2].notes).toBe('Nói "ưu tiên"');
    expect(people.every((p) => p.source === 'import' && p.lifecycleStage === 'lead' && p.customerType === 'consumer')).toBe(true);
  };

  it('reads UTF-8 with a BOM and CRLF, quoted commas, quotes and line breaks', async () => {
    const c = await client();
    const job = await importFile(c, 'khach.csv', fixture('utf8-bom-crlf.csv'));
    expect(job).toMatchObject({ state: 'completed', total: 3, processed: 3, inserted: 3, errors: 0 });
    await expectThreePeople(c);
  });

  it('reads UTF-16 LE (Excel "Unicode text", tab-separated) and UTF-16 BE', async () => {
    for (const name of ['utf16le-tab.csv', 'utf16be.csv']) {
      const c = await client();
      const preview = (await c.upload({ entity: 'person', dryRun: 'true' }, { name, content: fixture(name) })).json();
      expect(preview.encoding).toBe(name.includes('le') ? 'utf-16le' : 'utf-16be');
      expect(preview.delimiter).toBe(name.includes('tab') ? '\t' : ',');
      expect(await importFile(c, name, fixture(name))).toMatchObject({ state: 'completed', inserted: 3 });
      await expectThreePeople(c);
    }
  });

  it('stores NFD names as NFC and skips blank lines (and lines of empty cells)', async () => {
    const c = await client();
    expect(await importFile(c, 'nfd.csv', fixture('nfd-blank-lines.csv'))).toMatchObject({ state: 'completed', processed: 2, inserted: 2, errors: 0 });
    const names = (await allPeople(c)).map((p) => p.fullName);
    expect(names).toEqual(['Hoàng Thị Hoà'.normalize('NFC'), 'Đặng Quốc Việt']);
    expect(names.every((n) => n === n.normalize('NFC'))).toBe(true);
  });

  it('numbers repeated headers and maps each to the list field', async () => {
    const c = await client();
    const preview = (await c.upload({ entity: 'person', dryRun: 'true' }, { name: 'dup.csv', content: fixture('duplicate-headers.csv') })).json();
    expect(preview.columns).toEqual(['Họ tên', 'Điện thoại', 'Điện thoại (2)', 'Email', 'Email (2)']);
    expect(preview.suggestedMapping).toEqual({ 'Họ tên': 'fullName', 'Điện thoại': 'phones', 'Điện thoại (2)': 'phones', Email: 'emails', 'Email (2)': 'emails' });
    await importFile(c, 'dup.csv', fixture('duplicate-headers.csv'));
    const [p] = await allPeople(c);
    expect(p.phones.map((x: { number: string }) => x.number)).toEqual(['+84988000111', '+842438261234']);
    expect(p.emails.map((x: { address: string }) => x.address)).toEqual(['giang@example.vn', 'giang.bui@example.vn']);
  });

  it('reads phones in mixed writings (and skips the row repeating one)', async () => {
    const c = await client();
    const job = await importFile(c, 'phones.csv', fixture('mixed-phones.csv'));
    expect(job).toMatchObject({ processed: 9, inserted: 8, skipped: 1, errors: 0 });
    const phones = (await allPeople(c)).map((p) => p.phones.map((x: { number: string }) => x.number).join(' '));
    expect(phones).toEqual(['+84912345001', '+84912345002', '+84912345003', '+84912345004', '+84773456005', '+84912345006', '+842438261234', '1900545415']);
  });

  it('refuses a file in an old Vietnamese encoding with a clear message (422), keeping nothing', async () => {
    const c = await client();
    const res = await c.upload({ entity: 'person' }, { name: 'cu.csv', content: fixture('windows-1258.csv') });
    expect(res.statusCode).toBe(422);
    expect(res.json().detail).toMatch(/not UTF-8.*Windows-1258.*CSV UTF-8/);
    expect(readdirSync(importDir).filter((f) => f.endsWith('.upload'))).toEqual([]);
  });

  it('refuses binary and old .xls files, too-large files and requests without a file — never a 500', async () => {
    const c = await client();
    const xls = await c.upload({ entity: 'person' }, { name: 'old.xls', content: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]) });
    expect(xls.statusCode).toBe(422);
    expect(xls.json().detail).toMatch(/\.xlsx/);
    const binary = await c.upload({ entity: 'person' }, { name: 'x.csv', content: Buffer.from([1, 2, 0, 3, 0xff, 0, 0, 9]) });
    expect(binary.statusCode).toBe(422);
    const big = await c.upload({ entity: 'person' }, { name: 'big.csv', content: `Họ và tên\n${'Nguyễn Văn A\n'.repeat(6000)}` });
    expect(big.statusCode).toBe(413);
    expect(big.json().code).toBe('payload_too_large');
    const none = await c.upload({ entity: 'person' }, null);
    expect(none.statusCode).toBe(400);
    const json = await c.post('/api/v1/imports', { entity: 'person' });
    expect(json.statusCode).toBe(415);
    const unterminated = await c.upload({ entity: 'person', dryRun: 'true' }, { name: 'q.csv', content: 'Họ và tên,SĐT\n"Nguyễn Văn A,0912345678\n' });
    expect(unterminated.statusCode).toBe(422);
    expect(unterminated.json().detail).toMatch(/line 2/);
    expect(readdirSync(importDir).filter((f) => f.endsWith('.upload'))).toEqual([]);
  });

  it('reads a semicolon-separated file and fills a custom field by its label', async () => {
    const c = await client();
    expect((await c.post('/api/v1/custom-fields', { entity: 'person', key: 'budget', label: 'Ngân sách', type: 'number' })).statusCode).toBe(201);
    const preview = (await c.upload({ entity: 'person', dryRun: 'true' }, { name: 's.csv', content: fixture('semicolon.csv') })).json();
    expect(preview.delimiter).toBe(';');
    expect(preview.mapping).toEqual({ 'Họ và tên': 'fullName', SĐT: 'phones', Email: 'emails', 'Ngân sách': 'cf.budget' });
    await importFile(c, 's.csv', fixture('semicolon.csv'));
    const [p] = await allPeople(c);
    expect(p.customFields).toEqual({ budget: 1_500_000 });
  });

  it('maps old addresses to the current units and keeps the old text', async () => {
    const c = await client();
    await importFile(c, 'cu.csv', fixture('legacy-address.csv'));
    const people = await allPeople(c);
    expect(people.map((p) => [p.address.wardCode, p.address.provinceCode])).toEqual([
      ['00004', '01'],
      ['00376', '01'],
      ['25747', '79'],
      ['00070', '01'],
    ]);
    expect(people[0].address.legacyAddress).toBe('12 Hàng Bún, Phường Trúc Bạch, Quận Ba Đình, Thành phố Hà Nội');
    expect(people[2].address.legacyAddress).toBe('5 Lê Lợi, Phường Phú Cường, Thành phố Thủ Dầu Một, Tỉnh Bình Dương');
    expect(people[3].address).toMatchObject({ street: '1 Tràng Tiền', wardName: 'Phường Hoàn Kiếm', legacyAddress: null });
  });

  it('reads an XLSX file: date cells, numbers that lost their leading 0, rich text and links', async () => {
    const c = await client();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Khách hàng');
    sheet.addRow(['Họ và tên', 'Điện thoại', 'Email', 'Ngày sinh', 'Giới tính']);
    sheet.addRow([{ richText: [{ text: 'Phan ' }, { text: 'Thị Kim', font: { bold: true } }] }, 912345678, { text: 'kim@example.vn', hyperlink: 'mailto:kim@example.vn' }, new Date(Date.UTC(1992, 6, 30)), 'Nữ']);
    sheet.addRow([]);
    sheet.addRow(['Vũ Đức Long'.normalize('NFD'), '0987 654 321', '', '3/4/1988', 'nam']);
    const content = Buffer.from(await workbook.xlsx.writeBuffer());
    const preview = (await c.upload({ entity: 'person', dryRun: 'true' }, { name: 'k.xlsx', content })).json();
    expect(preview).toMatchObject({ format: 'xlsx', counts: { rows: 2, valid: 2, invalid: 0 } });
    expect(preview.rows.map((r: { row: number }) => r.row)).toEqual([2, 4]);
    await importFile(c, 'k.xlsx', content);
    const people = await allPeople(c);
    expect(people.map((p) => [p.fullName, p.phones[0].number, p.emails[0]?.address ?? null, p.birthday, p.gender])).toEqual([
      ['Phan Thị Kim', '+84912345678', 'kim@example.vn', '1992-07-30', 'female'],
      ['Vũ Đức Long', '+84987654321', null, '1988-04-03', 'male'],
    ]);
  });

  it('previews row errors with line numbers and columns, writing nothing', async () => {
    const c = await client();
    const res = await c.upload({ entity: 'person', dryRun: 'true' }, { name: 'e.csv', content: fixture('row-errors.csv') });
    expect(res.statusCode).toBe(200);
    const preview = res.json();
    expect(preview.counts).toEqual({ rows: 6, valid: 2, invalid: 4, duplicatesInFile: 0, duplicatesExisting: 0 });
    expect(preview.errors.map((e: { row: number; column: string }) => [e.row, e.column])).toEqual([
      [3, 'Ngày sinh'],
      [5, 'Họ và tên'],
      [7, 'SĐT'],
      [7, 'Email'],
      [8, 'Ngày sinh'],
    ]);
    expect(preview.rows[1]).toEqual({ row: 3, values: { 'Họ và tên': 'Võ Thị\nDung', SĐT: '0912000002', Email: 'dung@example.vn', 'Ngày sinh': '31/02/1990' } });
    expect(preview.complete).toBe(true);
    expect((await c.get('/api/v1/people')).json().data).toEqual([]);
    expect((await c.get('/api/v1/imports')).json().data).toEqual([]);

    // The real import skips the bad rows, writes the others and lists every problem (JSON pages or CSV).
    const job = await importFile(c, 'e.csv', fixture('row-errors.csv'));
    expect(job).toMatchObject({ processed: 6, inserted: 2, errors: 4 });
    const page1 = (await c.get(`/api/v1/imports/${job.id}/errors?limit=3`)).json();
    expect(page1.data.map((e: { row: number }) => e.row)).toEqual([3, 5, 7]);
    const page2 = (await c.get(`/api/v1/imports/${job.id}/errors?limit=3&cursor=${page1.nextCursor}`)).json();
    expect(page2.data.map((e: { row: number }) => e.row)).toEqual([7, 8]);
    expect(page2.nextCursor).toBeNull();
    const csv = await c.get(`/api/v1/imports/${job.id}/errors?format=csv`);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.body.startsWith('\uFEFFDòng,Cột,Loại,Lý do\r\n3,Ngày sinh,Lỗi,')).toBe(true);
    expect(csv.body.trim().split('\r\n')).toHaveLength(6);
  });

  it('answers 400 for a mapping that does not fit the file, naming each entry', async () => {
    const c = await client();
    const res = await c.upload({ entity: 'person', mapping: JSON.stringify({ 'Không có': 'fullName', SĐT: 'shoeSize', Email: 'cf.nope' }) }, { name: 'e.csv', content: fixture('row-errors.csv') });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { path: string }) => e.path)).toEqual(['mapping.Không có', 'mapping.SĐT', 'mapping.Email']);
    const noName = await c.upload({ entity: 'person', mapping: JSON.stringify({ SĐT: 'phones' }) }, { name: 'e.csv', content: fixture('row-errors.csv') });
    expect(noName.json().errors).toEqual([{ path: 'mapping', message: expect.stringMatching(/fullName/) }]);
    const badJson = await c.upload({ entity: 'person', mapping: '{nope' }, { name: 'e.csv', content: fixture('row-errors.csv') });
    expect(badJson.json().errors[0].path).toBe('mapping');
  });

  it('remembers the mapping of the last import and offers it for the next file', async () => {
    const c = await client();
    const mapping = { 'Họ và tên': 'fullName', SĐT: 'phones', 'Ngày sinh': 'notes' };
    await importFile(c, 'e.csv', fixture('row-errors.csv'), { mapping: JSON.stringify(mapping) });
    expect((await c.get('/api/v1/import-mappings')).json().data).toEqual([{ entity: 'person', mapping, updatedAt: expect.any(String) }]);
    const preview = (await c.upload({ entity: 'person', dryRun: 'true' }, { name: 'e.csv', content: fixture('row-errors.csv') })).json();
    expect(preview.mapping).toEqual(mapping);
    expect(preview.savedMapping).toEqual(mapping);
  });

  it('needs the customers.import permission (and customers.export for exports)', async () => {
    const ws = await buildWorkspace(t.database);
    const staff = await buildMember(t.database, ws.workspaceId, 'staff');
    const session = await signIn(t.app, staff.email, staff.password);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/imports',
      headers: { 'x-csrf-token': session.csrfToken, 'content-type': 'multipart/form-data; boundary=x' },
      cookies: {},
      payload: '--x--\r\n',
    });
    expect([401, 403]).toContain(res.statusCode);
    const asStaff = await session.request('GET', '/api/v1/people/export');
    expect(asStaff.statusCode).toBe(403);
    expect((await session.request('GET', '/api/v1/import-mappings')).statusCode).toBe(403);
  });

  it('documents the import and export routes in the OpenAPI document', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/v1/imports', '/api/v1/imports/{id}', '/api/v1/imports/{id}/rollback', '/api/v1/jobs/{id}', '/api/v1/people/export', '/api/v1/organizations/export']),
    );
  });

  it('keeps imports in their workspace: another workspace gets 404 for the import, its job and its errors', async () => {
    const a = await client();
    const b = await client();
    const job = await importFile(b, 'e.csv', fixture('row-errors.csv'));
    for (const url of [`/api/v1/imports/${job.id}`, `/api/v1/jobs/${job.id}`, `/api/v1/imports/${job.id}/errors`]) {
      expect((await a.get(url)).statusCode).toBe(404);
      expect((await b.get(url)).statusCode).toBe(200);
    }
    for (const action of ['resume', 'rollback', 'cancel']) expect((await a.post(`/api/v1/imports/${job.id}/${action}`)).statusCode).toBe(404);
    expect((await a.get('/api/v1/imports')).json().data).toEqual([]);
    expect((await waitForJob(b, job.id as string)).state).toBe('completed');
  });
});
