import { sql } from 'drizzle-orm';
import { emailTemplates } from '../db/schema';
import { queryRows } from '../platform/db/database';
import { queueEmail } from '../modules/email/email.service';
import { firstNameOf, renderTemplate } from '../modules/email/email-render';
import type { DemoSeeder } from './demo';

export const DEMO_EMAIL_TEMPLATES = [
  {
    name: 'Cảm ơn sau mua hàng',
    purpose: 'transactional' as const,
    subjectVi: 'Cảm ơn {{firstName}} đã mua {{product}}',
    bodyVi:
      'Chào {{name}},\n\nCảm ơn anh/chị đã tin chọn {{product}} của {{workspace}}. Nếu cần hỗ trợ, anh/chị chỉ cần trả lời thư này hoặc gọi hotline 1900 6868.\n\nTrân trọng,\n{{sender}}',
    subjectEn: 'Thank you {{firstName}} for buying {{product}}',
    bodyEn: 'Hello {{name}},\n\nThank you for choosing {{product}} from {{workspace}}. If you need any help, just reply to this e-mail or call 1900 6868.\n\nBest regards,\n{{sender}}',
  },
  {
    name: 'Ưu đãi sinh nhật',
    purpose: 'marketing' as const,
    subjectVi: 'Chúc mừng sinh nhật {{firstName}} — quà tặng từ {{workspace}}',
    bodyVi: 'Chào {{name}},\n\nNhân dịp sinh nhật, {{workspace}} gửi tặng anh/chị mã giảm giá {{code}} (giảm 15%, dùng trong 30 ngày).\n\nChúc anh/chị một tuổi mới thật nhiều niềm vui!',
    subjectEn: 'Happy birthday {{firstName}} — a gift from {{workspace}}',
    bodyEn: 'Hello {{name}},\n\nFor your birthday, {{workspace}} offers you the code {{code}} (15% off, valid for 30 days).\n\nWishing you a wonderful year!',
  },
];

/**
 * Two templates and a few messages. The demo has no SMTP settings, so the messages wait in the outbox;
 * a birthday offer to someone without e-mail consent shows as blocked.
 */
export const seedEmail: DemoSeeder = async (database, { workspaceId, ownerUserId }) => {
  await database.inWorkspace({ workspaceId, actorUserId: ownerUserId, actorApiKeyId: null, requestId: 'seed-demo' }, async (tx) => {
    const [thanks, birthday] = await tx
      .insert(emailTemplates)
      .values(DEMO_EMAIL_TEMPLATES.map((t) => ({ workspaceId, ...t, createdByUserId: ownerUserId })))
      .returning();
    const [ws] = await queryRows<{ name: string }>(tx, sql`SELECT name FROM workspaces WHERE id = ${workspaceId}`);
    const [owner] = await queryRows<{ name: string }>(tx, sql`SELECT name FROM users WHERE id = ${ownerUserId}`);
    const people = await queryRows<{ id: string; full_name: string; consent: string | null }>(
      tx,
      sql`SELECT p.id, p.full_name,
            (SELECT c.status FROM consents c WHERE c.person_id = p.id AND c.channel = 'email' ORDER BY c.recorded_at DESC, c.id DESC LIMIT 1) AS consent
          FROM people p WHERE p.deleted_at IS NULL AND jsonb_array_length(p.emails) > 0 ORDER BY p.id LIMIT 40`,
    );
    const products = ['Máy lọc nước RO Sen Vàng', 'Bộ nồi inox 5 món', 'Gói bảo trì 12 tháng'];
    for (const [i, p] of people.slice(0, 3).entries()) {
      const values = { name: p.full_name, firstName: firstNameOf(p.full_name), product: products[i]!, workspace: ws?.name ?? '', sender: owner?.name ?? '' };
      await queueEmail(tx, {
        personId: p.id,
        subject: renderTemplate(thanks!.subjectVi, values, { field: 'subjectVi' }),
        text: renderTemplate(thanks!.bodyVi, values, { field: 'bodyVi' }),
        html: renderTemplate(thanks!.bodyVi, values, { field: 'bodyVi', html: true }),
        purpose: 'transactional',
        templateId: thanks!.id,
        language: 'vi',
        createdByUserId: ownerUserId,
      });
    }
    const withConsent = people.find((p) => p.consent === 'given');
    const without = people.find((p) => p.consent !== 'given');
    for (const p of [withConsent, without]) {
      if (!p) continue;
      const values = { name: p.full_name, firstName: firstNameOf(p.full_name), workspace: ws?.name ?? '', code: 'SINHNHAT15' };
      await queueEmail(tx, {
        personId: p.id,
        subject: renderTemplate(birthday!.subjectVi, values, { field: 'subjectVi' }),
        text: renderTemplate(birthday!.bodyVi, values, { field: 'bodyVi' }),
        html: renderTemplate(birthday!.bodyVi, values, { field: 'bodyVi', html: true }),
        purpose: 'marketing',
        source: 'care_plan:demo',
        templateId: birthday!.id,
        language: 'vi',
      });
    }
  });
};
