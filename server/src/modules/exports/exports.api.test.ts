import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, buildWorkspace, type TestApp } from '../../test/harness';
import { allPeople, apiClient, importFile, type ApiClient } from '../imports/imports.test-helpers';
import { EXPORT_PAGE } from './exports.service';

/** The fields an export carries, to compare records across workspaces. */
const comparable = (p: Record<string, any>) => ({
  fullName: p.fullName,
  phones: p.phones.map((x: { number: string }) => x.number),
  emails: p.emails.map((x: { address: string }) => x.address),
  birthday: p.birthday,
  gender: p.gender,
  customerType: p.customerType,
  lifecycleStage: p.lifecycleStage,
  source: p.source,
  tags: p.tags,
  notes: p.notes,
  address: { street: p.address.street, wardCode: p.address.wardCode, provinceCode: p.address.provinceCode, legacyAddress: p.address.legacyAddress },
  customFields: p.customFields,
});

describe('exports', () => {
  let t: TestApp;
  let a: ApiClient;
  const dir = mkdtempSync(path.join(tmpdir(), 'tandem-exports-'));

  const customFields = async (c: ApiClient) => {
    await c.post('/api/v1/custom-fields', { entity: 'person', key: 'budget', label: 'Ngân sách', type: 'number' });
    await c.post('/api/v1/custom-fields', { entity: 'person', key: 'vip', label: 'Khách VIP', type: 'boolean' });
    await c.post('/api/v1/custom-fields', { entity: 'person', key: 'channels', label: 'Kênh', type: 'multiselect', options: ['Zalo', 'Facebook', 'Email'] });
  };

  beforeAll(async () => {
    t = await buildTestApp({ IMPORT_DIR: dir });
    a = apiClient(t.app, (await buildWorkspace(t.database)).apiKey);
    await customFields(a);
    const people = [
      {
        fullName: 'Nguyễn Văn Đức',
        phones: [{ number: '0912 345 678' }, { number: '024 3826 1234' }],
        emails: [{ address: 'duc@example.vn' }],
        birthday: '1990-02-14',
        gender: 'male',
        customerType: 'consumer',
        lifecycleStage: 'customer',
        source: 'web',
        tags: ['vip', 'hà nội'],
        notes: 'Gọi sau 17h, "ưu tiên"\nđã mua 2 lần',
        address: { street: '12 Lý Thường Kiệt', wardCode: '00070', provinceCode: '01', legacyAddress: '12 Lý Thường Kiệt, Phường Phan Chu Trinh, Quận Hoàn Kiếm' },
        customFields: { budget: 1500000.5, vip: true, channels: ['Zalo', 'Email'] },
      },
      { fullName: '=HYPERLINK("x")', phones: [{ number: '+84 903 111 222' }], customerType: 'business', lifecycleStage: 'lead', customFields: { budget: -5, vip: false } },
      { fullName: 'Trần Thị Bình', emails: [{ address: 'binh@example.vn' }], gender: 'female', customerType: 'international', lifecycleStage: 'churned', address: { provinceCode: '79' } },
    ];
    for (const p of people) expect((await a.post('/api/v1/people', p)).statusCode).toBe(201);
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('exports CSV with a BOM, Vietnamese headers, and formulas neutralized', async () => {
    const res = await a.get('/api/v1/people/export?format=csv&sort=createdAt');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="khach-hang-\d{8}\.csv"/);
    const lines = res.body.split('\r\n');
    expect(lines[0]!.startsWith('\uFEFFHọ và tên,Điện thoại,Email,Ngày sinh,Giới tính,Loại khách hàng,Giai đoạn,Nguồn,Nhãn,Địa chỉ,Phường/Xã,Tỉnh/Thành phố,Địa chỉ cũ,Ghi chú,Ngày tạo,Ngày cập nhật,Ngân sách,Khách VIP,Kênh')).toBe(true);
    expect(lines[1]).toMatch(/^Nguyễn Văn Đức,"0912 345 678; 024 3826 1234",duc@example\.vn,14\/02\/1990,Nam,Cá nhân,Khách hàng,web,"vip; hà nội",12 Lý Thường Kiệt,Phường Hoàn Kiếm,Thành phố Hà Nội,/);
    expect(lines[2]).toMatch(/^"'=HYPERLINK\(""x""\)",/);
  });

  it('exports only the filtered rows and the asked columns, in order', async () => {
    const filter = encodeURIComponent(JSON.stringify([{ field: 'lifecycleStage', op: 'in', value: ['customer', 'churned'] }]));
    const res = await a.get(`/api/v1/people/export?filter=${filter}&sort=-fullName&columns=fullName,emails,cf.vip`);
    expect(res.body.split('\r\n').filter(Boolean)).toEqual(['\uFEFFHọ và tên,Email,Khách VIP', 'Trần Thị Bình,binh@example.vn,', 'Nguyễn Văn Đức,duc@example.vn,Có']);
    const bad = await a.get('/api/v1/people/export?columns=fullName,shoeSize');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].message).toMatch(/shoeSize/);
    expect((await a.get('/api/v1/people/export?filter=[{"field":"nope","op":"eq","value":1}]')).statusCode).toBe(400);
  });

  for (const format of ['csv', 'xlsx'] as const) {
    it(`round-trips through ${format.toUpperCase()}: export, then import into another workspace, gives the same people`, async () => {
      const res = await a.get(`/api/v1/people/export?format=${format}&sort=createdAt`);
      expect(res.statusCode).toBe(200);
      const file = res.rawPayload;
      if (format === 'xlsx') {
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(file as unknown as ArrayBuffer);
        const sheet = wb.worksheets[0]!;
        expect(sheet.getRow(1).getCell(1).value).toBe('Họ và tên');
        expect(sheet.getRow(2).getCell(4).value).toEqual(new Date(Date.UTC(1990, 1, 14)));
      }
      const b = apiClient(t.app, (await buildWorkspace(t.database)).apiKey);
      await customFields(b);
      const job = await importFile(b, `export.${format}`, file);
      expect(job).toMatchObject({ state: 'completed', processed: 3, inserted: 3, errors: 0 });
      expect((await allPeople(b)).map(comparable)).toEqual((await allPeople(a)).map(comparable));
    });
  }

  it('streams every row, page after page (keyset), for organizations too', async () => {
    const c = apiClient(t.app, (await buildWorkspace(t.database)).apiKey);
    const lines = ['Họ và tên,SĐT'];
    for (let i = 0; i < EXPORT_PAGE + 5; i++) lines.push(`Khách ${i},090${String(i).padStart(7, '0')}`);
    await importFile(c, 'n.csv', lines.join('\n'));
    const csv = (await c.get('/api/v1/people/export?sort=createdAt&columns=fullName')).body.split('\r\n').filter(Boolean);
    expect(csv).toHaveLength(EXPORT_PAGE + 6);
    expect(csv[EXPORT_PAGE + 5]).toBe(`Khách ${EXPORT_PAGE + 4}`);

    expect((await c.post('/api/v1/organizations', { name: 'Công ty TNHH Ánh Dương', taxCode: '0100107370', phones: [{ number: '028 3823 4567' }] })).statusCode).toBe(201);
    const orgs = await c.get('/api/v1/organizations/export?format=xlsx');
    expect(orgs.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(orgs.rawPayload as unknown as ArrayBuffer);
    const row = wb.worksheets[0]!.getRow(2);
    expect([row.getCell(1).value, row.getCell(2).value, row.getCell(5).value]).toEqual(['Công ty TNHH Ánh Dương', '0100107370', '028 3823 4567']);
  });
});
