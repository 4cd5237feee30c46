import { fakerVI as f } from '@faker-js/faker';
import { LIFECYCLE_STAGES, SOURCES, type LifecycleStage } from '@tandem/shared';
import { consents, customFieldDefinitions, organizations, people, personOrganizations, savedViews } from '../db/schema';
import { listProvinces, listWards } from '../modules/geo/geo.data';
import type { DemoSeeder } from './demo';
import { vietnameseName } from './names';

/** Valid mobile prefixes (after the 2018 change) for demo phones. */
const MOBILE = ['32', '33', '34', '35', '36', '37', '38', '39', '56', '58', '70', '76', '77', '78', '79', '81', '82', '83', '84', '85', '86', '88', '90', '91', '93', '94', '96', '97', '98'];
const STREETS = ['Lê Lợi', 'Nguyễn Huệ', 'Trần Hưng Đạo', 'Hai Bà Trưng', 'Lý Thường Kiệt', 'Phan Chu Trinh', 'Điện Biên Phủ', 'Võ Văn Tần', 'Cách Mạng Tháng Tám', 'Hoàng Diệu'];
const COMPANY_KINDS = ['Công ty TNHH', 'Công ty Cổ phần', 'Doanh nghiệp tư nhân', 'Hợp tác xã'];
const COMPANY_NAMES = ['Minh Phát', 'Hưng Thịnh', 'Sao Mai', 'Thành Công', 'Phú Quý', 'Hoàng Long', 'Đại Dương', 'Bình Minh', 'Kim Ngân', 'An Khang', 'Việt Tiến', 'Trường Sơn'];
const INDUSTRIES = ['Bán lẻ', 'Xây dựng', 'Thực phẩm', 'Du lịch', 'Giáo dục', 'Logistics', 'Nông nghiệp', 'Công nghệ'];
const TAGS = ['vip', 'khách sỉ', 'thân thiết', 'mới', 'cần chăm sóc', 'doanh nghiệp'];
/** Where demo customers live: most in the two big cities, as for a typical SME. */
const PROVINCE_WEIGHTS: [string, number][] = [['79', 45], ['01', 30], ['48', 8], ['31', 5], ['92', 4]];

const phone = () => `+84${f.helpers.arrayElement(MOBILE)}${f.string.numeric(7)}`;
const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();

/** A 10-digit tax code with a correct check digit (weights 31,29,23,19,17,13,7,5,3). */
function taxCode(): string {
  for (;;) {
    const base = f.string.numeric({ length: 9, allowLeadingZeros: true });
    const sum = [...base].reduce((s, d, i) => s + Number(d) * [31, 29, 23, 19, 17, 13, 7, 5, 3][i]!, 0);
    const check = 10 - (sum % 11);
    if (check <= 9) return `${base}${check}`;
  }
}

function address() {
  const known = new Set(listProvinces().map((p) => p.code));
  const provinceCode = f.helpers.weightedArrayElement(PROVINCE_WEIGHTS.filter(([c]) => known.has(c)).map(([value, weight]) => ({ value, weight })));
  const ward = f.helpers.arrayElement(listWards(provinceCode));
  return { street: `${f.number.int({ min: 1, max: 399 })} ${f.helpers.arrayElement(STREETS)}`, wardCode: ward.code, provinceCode };
}

const stage = (): LifecycleStage => f.helpers.weightedArrayElement(LIFECYCLE_STAGES.map((value, i) => ({ value, weight: [25, 20, 35, 12, 8][i]! })));

/** A few hundred customers and some organizations, with custom fields, consents and saved views. */
export const seedCustomers: DemoSeeder = async (database, { workspaceId, ownerUserId, userIds }) => {
  const owners = [ownerUserId, ...userIds.manager, ...userIds.staff];
  await database.inWorkspace({ workspaceId, actorUserId: ownerUserId, actorApiKeyId: null, requestId: 'seed-demo' }, async (tx) => {
    await tx.insert(customFieldDefinitions).values([
      { workspaceId, entity: 'person', key: 'membership', label: 'Hạng thành viên', type: 'select', options: ['Bạc', 'Vàng', 'Kim cương'], position: 1 },
      { workspaceId, entity: 'person', key: 'spend', label: 'Chi tiêu năm (₫)', type: 'number', position: 2 },
      { workspaceId, entity: 'organization', key: 'employees', label: 'Số nhân viên', type: 'number', position: 1 },
    ]);

    const orgRows = Array.from({ length: 40 }, () => {
      const name = `${f.helpers.arrayElement(COMPANY_KINDS)} ${f.helpers.arrayElement(COMPANY_NAMES)} ${f.helpers.arrayElement(['', 'Sài Gòn', 'Hà Nội', 'Miền Trung', 'Việt Nam'])}`.trim();
      return {
        workspaceId,
        name,
        taxCode: taxCode(),
        industry: f.helpers.arrayElement(INDUSTRIES),
        phones: [{ number: phone() }],
        emails: [{ address: `lienhe@${fold(name).replace(/^(cong ty (tnhh|co phan)|doanh nghiep tu nhan|hop tac xa) /, '').replace(/\s+/g, '')}.vn` }],
        customerType: 'business' as const,
        lifecycleStage: stage(),
        source: f.helpers.arrayElement(SOURCES),
        ownerUserId: f.helpers.arrayElement(owners),
        tags: f.helpers.arrayElements(TAGS, { min: 0, max: 2 }),
        customFields: { employees: f.number.int({ min: 5, max: 800 }) },
        ...address(),
      };
    });
    const orgs = await tx.insert(organizations).values(orgRows).returning({ id: organizations.id });

    const personRows = Array.from({ length: 320 }, () => {
      const fullName = vietnameseName();
      const given = fold(fullName.split(' ').slice(-1)[0]!);
      const created = f.date.past({ years: 2 });
      return {
        workspaceId,
        fullName,
        phones: [{ number: phone() }],
        emails: f.datatype.boolean(0.7) ? [{ address: `${given}.${f.string.alphanumeric({ length: 4, casing: 'lower' })}@${f.helpers.arrayElement(['gmail.com', 'yahoo.com.vn', 'outlook.com'])}` }] : [],
        birthday: f.date.birthdate({ min: 18, max: 70, mode: 'age' }).toISOString().slice(0, 10),
        gender: f.helpers.arrayElement(['female', 'male'] as const),
        customerType: 'consumer' as const,
        lifecycleStage: stage(),
        source: f.helpers.arrayElement(SOURCES),
        ownerUserId: f.helpers.arrayElement(owners),
        tags: f.helpers.arrayElements(TAGS, { min: 0, max: 2 }),
        customFields: { membership: f.helpers.arrayElement(['Bạc', 'Vàng', 'Kim cương']), spend: f.number.int({ min: 1, max: 200 }) * 500_000 },
        createdAt: created,
        updatedAt: created,
        ...address(),
      };
    });
    const persons = await tx.insert(people).values(personRows).returning({ id: people.id });

    // A third of the people work at one of the organizations.
    const links = persons
      .filter((_, i) => i % 3 === 0)
      .map((p) => ({ workspaceId, personId: p.id, organizationId: f.helpers.arrayElement(orgs).id, jobTitle: f.helpers.arrayElement(['Giám đốc', 'Kế toán trưởng', 'Trưởng phòng mua hàng', 'Nhân viên', null]), isPrimary: true }));
    await tx.insert(personOrganizations).values(links);
    const consentRows = persons
      .filter(() => f.datatype.boolean(0.6))
      .map((p) => ({ workspaceId, personId: p.id, channel: f.helpers.arrayElement(['email', 'zalo', 'sms'] as const), status: 'given' as const, method: f.helpers.arrayElement(['form', 'verbal'] as const), recordedByUserId: ownerUserId }));
    await tx.insert(consents).values(consentRows);
    await tx.insert(savedViews).values([
      { workspaceId, entity: 'person', name: 'Khách hàng thân thiết', filter: [{ field: 'lifecycleStage', op: 'in', value: ['customer', 'advocate'] }], sort: 'fullName', columns: ['fullName', 'primaryPhone', 'lifecycleStage', 'cf.membership'] },
      { workspaceId, entity: 'person', name: 'Khách VIP ở TP. Hồ Chí Minh', filter: [{ field: 'tags', op: 'contains', value: 'vip' }, { field: 'provinceCode', op: 'eq', value: '79' }], sort: '-createdAt', columns: [] },
    ]);
  });
};
