import { fakerVI as f } from '@faker-js/faker';
import { eq, isNull, sql } from 'drizzle-orm';
import { people } from '../db/schema';
import { createOrder } from '../modules/employee-purchases/purchases.service';
import { queryRows } from '../platform/db/database';
import { memberships } from '../db/schema';
import {
  benefits,
  contracts,
  counters,
  departments,
  discountPolicies,
  employeeBenefits,
  employees,
  internalRequests,
  positions,
  products,
  requestComments,
  requestRatings,
  services,
} from '../db/schema/internal';
import { newReferralCode } from '../modules/employees/employees.service';
import { DEFAULT_CALENDAR, addWorkingMinutes } from '../modules/service-desk/working-time';
import type { DemoSeeder } from './demo';
import { vietnameseName } from './names';

const DEPARTMENTS = [
  { key: 'board', name: 'Ban Giám đốc', code: 'BGĐ', parent: null },
  { key: 'sales', name: 'Phòng Kinh doanh', code: 'KD', parent: 'board' },
  { key: 'care', name: 'Phòng Chăm sóc khách hàng', code: 'CSKH', parent: 'board' },
  { key: 'it', name: 'Phòng Công nghệ thông tin', code: 'CNTT', parent: 'board' },
  { key: 'hr', name: 'Phòng Hành chính – Nhân sự', code: 'HCNS', parent: 'board' },
  { key: 'finance', name: 'Phòng Tài chính – Kế toán', code: 'TCKT', parent: 'board' },
  { key: 'marketing', name: 'Phòng Marketing', code: 'MKT', parent: 'sales' },
] as const;
type DeptKey = (typeof DEPARTMENTS)[number]['key'];

const SERVICES: { dept: DeptKey; name: string; description: string; first: number; resolve: number; fields: { key: string; label: string; type: 'text' | 'textarea' | 'select' | 'date' | 'number'; required: boolean; options?: string[] }[] }[] = [
  { dept: 'it', name: 'Cấp laptop mới', description: 'Máy cho nhân viên mới hoặc thay máy hỏng', first: 240, resolve: 3 * 510, fields: [{ key: 'model', label: 'Loại máy', type: 'select', required: true, options: ['Văn phòng', 'Đồ hoạ', 'Lập trình'] }, { key: 'needed_by', label: 'Cần trước ngày', type: 'date', required: false }] },
  { dept: 'it', name: 'Cấp quyền truy cập hệ thống', description: 'Email, phần mềm kế toán, CRM, thư mục dùng chung', first: 60, resolve: 480, fields: [{ key: 'system', label: 'Hệ thống', type: 'text', required: true }] },
  { dept: 'hr', name: 'Hỏi đáp về lương', description: 'Thắc mắc về bảng lương, thuế TNCN, bảo hiểm', first: 240, resolve: 2 * 510, fields: [{ key: 'month', label: 'Tháng lương', type: 'text', required: true }] },
  { dept: 'hr', name: 'Xác nhận công tác', description: 'Giấy xác nhận đang làm việc để vay vốn, xin visa...', first: 240, resolve: 2 * 510, fields: [{ key: 'purpose', label: 'Mục đích', type: 'select', required: true, options: ['Vay ngân hàng', 'Xin visa', 'Khác'] }] },
  { dept: 'finance', name: 'Hoàn ứng chi phí', description: 'Thanh toán chi phí công tác, tiếp khách', first: 480, resolve: 5 * 510, fields: [{ key: 'amount', label: 'Số tiền (₫)', type: 'number', required: true }, { key: 'reason', label: 'Nội dung', type: 'textarea', required: true }] },
  { dept: 'marketing', name: 'Thiết kế tài liệu bán hàng', description: 'Tờ rơi, banner, bài đăng Zalo OA', first: 480, resolve: 5 * 510, fields: [{ key: 'brief', label: 'Yêu cầu', type: 'textarea', required: true }] },
];

const COMMENTS = ['Em đã nhận yêu cầu, sẽ xử lý trong hôm nay ạ.', 'Anh/chị bổ sung giúp em thông tin còn thiếu nhé.', 'Đã xong, anh/chị kiểm tra giúp em.', 'Cảm ơn bạn nhiều!'];

/** Departments, employees with contracts, a service catalog and four months of requests with ratings. */
export const seedInternal: DemoSeeder = async (database, { workspaceId, ownerUserId }) => {
  await database.inWorkspace({ workspaceId, actorUserId: ownerUserId, actorApiKeyId: null, requestId: 'seed-demo' }, async (tx) => {
    const deptIds = {} as Record<DeptKey, string>;
    for (const d of DEPARTMENTS) {
      const [row] = await tx.insert(departments).values({ workspaceId, name: d.name, code: d.code, parentId: d.parent ? deptIds[d.parent] : null }).returning({ id: departments.id });
      deptIds[d.key] = row!.id;
    }
    const positionIds = await tx
      .insert(positions)
      .values(['Giám đốc', 'Trưởng phòng', 'Chuyên viên', 'Nhân viên'].map((title, level) => ({ workspaceId, title, level: 4 - level })))
      .returning({ id: positions.id });

    // Members of the workspace become employees; others are employees without a Tandem account.
    const members = await tx.select({ userId: memberships.userId, role: memberships.role }).from(memberships).where(eq(memberships.workspaceId, workspaceId));
    const homeOf: Record<string, DeptKey> = { owner: 'board', admin: 'it', hr: 'hr', manager: 'sales', staff: 'care', viewer: 'finance' };
    const staffRows: (typeof employees.$inferInsert)[] = [];
    for (const [i, m] of members.entries()) {
      const dept: DeptKey = m.role === 'manager' ? (['sales', 'care', 'marketing'] as const)[i % 3]! : m.role === 'staff' ? (['sales', 'care', 'it', 'finance', 'marketing'] as const)[i % 5]! : homeOf[m.role]!;
      staffRows.push({ workspaceId, fullName: '', userId: m.userId, departmentId: deptIds[dept], positionId: positionIds[m.role === 'owner' ? 0 : m.role === 'manager' ? 1 : 2]!.id, startDate: f.date.between({ from: '2019-01-01', to: '2025-06-30' }).toISOString().slice(0, 10), referralCode: newReferralCode() });
    }
    for (let i = 0; i < 22; i++) {
      const dept = DEPARTMENTS[1 + (i % (DEPARTMENTS.length - 1))]!.key;
      const left = i % 11 === 5;
      staffRows.push({
        workspaceId,
        fullName: vietnameseName(),
        departmentId: deptIds[dept],
        positionId: positionIds[3]!.id,
        startDate: f.date.between({ from: '2020-01-01', to: '2026-09-30' }).toISOString().slice(0, 10),
        status: left ? 'left' : 'active',
        leftDate: left ? '2026-08-31' : null,
        leftReason: left ? 'Chuyển công tác' : null,
        referralCode: newReferralCode(),
      });
    }
    // Accounts keep their names as employees.
    const names = await queryRows<{ id: string; name: string }>(tx, sql`SELECT id, name FROM users WHERE id IN (SELECT user_id FROM memberships)`);
    const nameOf = new Map(names.map((r) => [r.id, r.name]));
    for (const r of staffRows) if (r.userId) r.fullName = nameOf.get(r.userId) ?? vietnameseName();
    const emp = await tx.insert(employees).values(staffRows).returning({ id: employees.id, departmentId: employees.departmentId, startDate: employees.startDate, status: employees.status });

    for (const d of DEPARTMENTS) {
      const head = emp.find((e) => e.departmentId === deptIds[d.key]);
      if (head) await tx.update(departments).set({ headEmployeeId: head.id }).where(eq(departments.id, deptIds[d.key]));
    }
    await tx.insert(contracts).values(
      emp.map((e, i) => {
        const probation = i % 9 === 4;
        return {
          workspaceId,
          employeeId: e.id,
          type: probation ? ('probation' as const) : i % 3 === 0 ? ('indefinite' as const) : ('fixed_term' as const),
          startDate: probation ? '2026-10-01' : e.startDate,
          endDate: probation ? '2026-12-01' : i % 3 === 0 ? null : i % 7 === 1 ? '2026-12-15' : '2027-06-30',
          salary: f.number.int({ min: 9, max: 45 }) * 1_000_000,
          allowances: [{ name: 'Ăn trưa', amount: 730_000 }, { name: 'Điện thoại', amount: 300_000 }],
        };
      }),
    );

    const svcRows = await tx
      .insert(services)
      .values(
        SERVICES.map((s) => ({
          workspaceId,
          departmentId: deptIds[s.dept],
          name: s.name,
          description: s.description,
          formFields: s.fields,
          defaultAssigneeId: emp.find((e) => e.departmentId === deptIds[s.dept])?.id ?? null,
          firstResponseMinutes: s.first,
          resolutionMinutes: s.resolve,
        })),
      )
      .returning();

    // Four months of requests: most resolved in time and rated, some late, a few still open.
    // The workspace keeps the default calendar, whose public holidays (Tết...) are computed for every year.
    const calendar = { ...DEFAULT_CALENDAR, vietnamPublicHolidays: true };
    const active = emp.filter((e) => e.status === 'active');
    const now = Date.now();
    const requests: (typeof internalRequests.$inferInsert)[] = [];
    const ratingScores: number[] = [];
    for (let n = 1; n <= 90; n++) {
      const svc = f.helpers.arrayElement(svcRows);
      const requester = f.helpers.arrayElement(active.filter((e) => e.departmentId !== svc.departmentId));
      const created = addWorkingMinutes(calendar, new Date(now - f.number.int({ min: 1, max: 120 }) * 86_400_000), f.number.int({ min: 0, max: 400 }));
      const open = n > 82;
      const late = n % 8 === 0;
      const firstAt = addWorkingMinutes(calendar, created, Math.round(svc.firstResponseMinutes * (late ? 1.4 : f.number.float({ min: 0.1, max: 0.9 }))));
      const resolvedAt = addWorkingMinutes(calendar, created, Math.round(svc.resolutionMinutes * (late ? 1.3 : f.number.float({ min: 0.2, max: 0.95 }))));
      const answers = Object.fromEntries(svc.formFields.map((fl) => [fl.key, fl.type === 'number' ? f.number.int({ min: 2, max: 40 }) * 100_000 : fl.type === 'date' ? '2026-12-01' : fl.options?.[0] ?? 'Theo mô tả']));
      requests.push({
        workspaceId,
        number: n,
        serviceId: svc.id,
        providerDepartmentId: svc.departmentId,
        requesterEmployeeId: requester.id,
        requesterDepartmentId: requester.departmentId,
        assigneeId: svc.defaultAssigneeId,
        title: `${svc.name} – ${f.helpers.arrayElement(['gấp', 'cho dự án mới', 'theo kế hoạch', 'bổ sung'])}`,
        answers,
        status: open ? (n % 2 ? 'in_progress' : 'new') : 'closed',
        createdAt: created,
        updatedAt: open ? created : resolvedAt,
        firstResponseAt: open && n % 2 === 0 ? null : firstAt,
        resolvedAt: open ? null : resolvedAt,
        closedAt: open ? null : resolvedAt,
        firstResponseDueAt: addWorkingMinutes(calendar, created, svc.firstResponseMinutes),
        resolutionDueAt: addWorkingMinutes(calendar, created, svc.resolutionMinutes),
        firstResponseBreached: late,
        resolutionBreached: late,
      });
      ratingScores.push(open ? 0 : late ? f.helpers.arrayElement([1, 2, 3]) : f.helpers.weightedArrayElement([{ value: 5, weight: 5 }, { value: 4, weight: 4 }, { value: 3, weight: 1 }]));
    }
    const reqRows = await tx.insert(internalRequests).values(requests).returning({ id: internalRequests.id, resolvedAt: internalRequests.resolvedAt, assigneeId: internalRequests.assigneeId, createdAt: internalRequests.createdAt });
    await tx.insert(counters).values({ workspaceId, name: 'internal_request', value: requests.length });
    await tx.insert(requestRatings).values(
      reqRows.flatMap((r, i) => (ratingScores[i] ? [{ workspaceId, requestId: r.id, score: ratingScores[i]!, comment: ratingScores[i]! <= 2 ? 'Xử lý chậm, phải nhắc nhiều lần' : ratingScores[i] === 5 ? 'Rất nhanh, cảm ơn!' : null, ratedAt: r.resolvedAt! }] : [])),
    );
    await tx.insert(requestComments).values(
      reqRows.filter((_, i) => i % 3 === 0).map((r) => ({ workspaceId, requestId: r.id, authorEmployeeId: r.assigneeId, body: f.helpers.arrayElement(COMMENTS), createdAt: r.createdAt })),
    );

    const productRows = await tx.insert(products).values([
      { workspaceId, name: 'Điện thoại Sen S26', category: 'Điện thoại', price: 18_990_000 },
      { workspaceId, name: 'Máy tính bảng Sen Tab 11', category: 'Máy tính bảng', price: 9_490_000 },
      { workspaceId, name: 'Tai nghe Sen Buds', category: 'Phụ kiện', price: 1_290_000 },
      { workspaceId, name: 'TV Sen 55 inch', category: 'TV', price: 14_900_000, ownProduct: false },
    ]).returning({ id: products.id });
    const policyRows = await tx.insert(discountPolicies).values([
      { workspaceId, name: 'Ưu đãi nhân viên – sản phẩm Sen', category: 'Điện thoại', percent: 60, capAmount: 20_000_000, period: 'year', minTenureMonths: 6, contractTypes: ['fixed_term', 'indefinite'] },
      { workspaceId, name: 'Ưu đãi nhân viên – phụ kiện', category: 'Phụ kiện', percent: 30, capAmount: 2_000_000, period: 'quarter', minTenureMonths: 0 },
      { workspaceId, name: 'Ưu đãi chung cho nhân viên', category: null, percent: 10, capAmount: 5_000_000, period: 'year', minTenureMonths: 0 },
    ]).returning({ id: discountPolicies.id });

    // Benefits and policies: the catalog, and who holds what (amounts are for HR and the owner only).
    const benefitRows = await tx
      .insert(benefits)
      .values([
        { workspaceId, name: 'Bảo hiểm xã hội, y tế, thất nghiệp', kind: 'insurance' as const, description: 'Bắt buộc theo Luật BHXH: công ty đóng 21,5% trên lương đóng bảo hiểm' },
        { workspaceId, name: 'Bảo hiểm sức khỏe Bảo Việt An Gia', kind: 'insurance' as const, description: 'Nội trú, ngoại trú và nha khoa; sau thử việc', defaultAmount: 6_500_000, amountPeriod: 'year' as const },
        { workspaceId, name: 'Phụ cấp ăn trưa', kind: 'allowance' as const, description: 'Theo quy chế lương, trả cùng kỳ lương', defaultAmount: 730_000, amountPeriod: 'month' as const },
        { workspaceId, name: 'Phụ cấp điện thoại', kind: 'allowance' as const, description: 'Cho vị trí làm việc với khách hàng', defaultAmount: 300_000, amountPeriod: 'month' as const },
        { workspaceId, name: 'Phụ cấp gửi xe', kind: 'allowance' as const, defaultAmount: 150_000, amountPeriod: 'month' as const },
        { workspaceId, name: 'Mua sản phẩm Sen giá ưu đãi', kind: 'discount' as const, description: 'Giảm đến 60% cho điện thoại Sen, trong hạn mức mỗi năm', discountPolicyId: policyRows[0]!.id },
        { workspaceId, name: 'Nghỉ phép năm thêm theo thâm niên', kind: 'leave' as const, description: 'Thêm 1 ngày phép cho mỗi 5 năm làm việc' },
      ])
      .returning({ id: benefits.id, kind: benefits.kind, defaultAmount: benefits.defaultAmount });
    const [social, health, lunch, phone, parking, discount] = benefitRows;
    const assignments: (typeof employeeBenefits.$inferInsert)[] = [];
    for (const [i, e] of emp.entries()) {
      const until = e.status === 'left' ? '2026-08-31' : null;
      const give = (b: (typeof benefitRows)[number] | undefined, startDate: string, amount: number | null = b?.defaultAmount ?? null, notes: string | null = null) => {
        if (b) assignments.push({ workspaceId, employeeId: e.id, benefitId: b.id, startDate, endDate: until && until >= startDate ? until : until ? startDate : null, amount, notes });
      };
      give(social, e.startDate);
      give(lunch, e.startDate);
      if (i % 3 === 0) give(phone, e.startDate, i % 6 === 0 ? 500_000 : 300_000, i % 6 === 0 ? 'Trưởng nhóm: mức cao hơn' : null);
      if (i % 4 === 1) give(parking, e.startDate);
      if (i % 9 !== 4) give(health, e.startDate < '2025-01-01' ? '2025-01-01' : e.startDate);
      if (i % 9 !== 4) give(discount, e.startDate);
    }
    await tx.insert(employeeBenefits).values(assignments);

    // Word of mouth: some customers came through employees' referral links; employees buy too.
    const auth = { workspaceId, role: 'owner' as const, userId: ownerUserId, apiKeyId: null };
    const customers = await tx.select({ id: people.id }).from(people).where(isNull(people.deletedAt)).limit(60);
    const referrers = active.slice(0, 8);
    for (const [i, c] of customers.entries()) {
      if (i < 30) await tx.update(people).set({ referredByEmployeeId: referrers[i % referrers.length]!.id }).where(eq(people.id, c.id));
      if (i % 2 === 0) {
        await createOrder(tx, auth, {
          buyerPersonId: c.id,
          orderedAt: new Date(now - f.number.int({ min: 1, max: 120 }) * 86_400_000).toISOString(),
          lines: [{ productId: f.helpers.arrayElement(productRows).id, quantity: f.number.int({ min: 1, max: 2 }) }],
        });
      }
    }
    for (const e of active.slice(0, 6)) {
      const [{ fullName } = { fullName: vietnameseName() }] = await tx.select({ fullName: employees.fullName }).from(employees).where(eq(employees.id, e.id));
      const [person] = await tx
        .insert(people)
        .values({ workspaceId, fullName, phones: [{ number: `+8490${f.string.numeric(7)}` }], customerType: 'consumer', lifecycleStage: 'customer', source: 'employee' })
        .returning({ id: people.id });
      await tx.update(employees).set({ personId: person!.id }).where(eq(employees.id, e.id));
      await createOrder(tx, auth, { buyerPersonId: person!.id, orderedAt: new Date(now - 20 * 86_400_000).toISOString(), lines: [{ productId: productRows[0]!.id, quantity: 1 }, { productId: productRows[2]!.id, quantity: 1 }] });
    }
  });
};
