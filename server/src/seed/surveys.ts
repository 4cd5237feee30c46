import { ZCreateSurveyRequest } from '@tandem/shared';
import { sql } from 'drizzle-orm';
import { queryRows } from '../platform/db/database';
import { createSurvey, updateSurvey } from '../modules/surveys/surveys.service';
import type { DemoSeeder } from './demo';

const NPS_TEXTS = {
  low: ['Giao hàng chậm hơn hẹn 3 ngày', 'Nhân viên tư vấn chưa nắm rõ sản phẩm', 'Giá cao hơn chỗ khác', 'Gọi tổng đài mãi không ai nghe máy'],
  mid: ['Sản phẩm ổn, nên có thêm màu', 'Đóng gói cần chắc chắn hơn', 'Ứng dụng đặt hàng hơi khó dùng'],
  high: ['Nhân viên nhiệt tình, giao hàng nhanh', 'Chất lượng tốt, sẽ giới thiệu cho bạn bè', 'Bảo hành nhanh gọn'],
};
const ENPS_TEXTS = ['Cần thêm máy tính cho phòng', 'Quy trình phê duyệt còn chậm', 'Đồng nghiệp hỗ trợ nhau rất tốt', 'Mong có thêm khóa đào tạo'];

/**
 * Two live surveys so the pages have something to show: a customer NPS with about 300 responses
 * from customers over three months (with open answers), and an anonymous eNPS pulse answered by
 * employees of several departments. Responses are written directly (no follow-up tasks for the demo).
 */
export const seedSurveys: DemoSeeder = async (database, { workspaceId, ownerUserId }) => {
  const scope = { workspaceId, actorUserId: ownerUserId, actorApiKeyId: null, requestId: 'seed-demo' };
  const auth = { workspaceId, role: 'owner' as const, userId: ownerUserId, apiKeyId: null };
  let seed = 7;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  await database.inWorkspace(scope, async (tx) => {
    const nps = await createSurvey(tx, auth, ZCreateSurveyRequest.parse({ name: 'NPS khách hàng quý 4/2026', template: 'customer_nps' }));
    await updateSurvey(tx, auth, nps.id, { status: 'active' });
    const people = await queryRows<{ id: string; customer_type: string }>(tx, sql`SELECT id, customer_type FROM people WHERE deleted_at IS NULL ORDER BY id LIMIT 420`);
    const npsScores = [0, 2, 4, 5, 6, 6, 7, 7, 8, 8, 8, 9, 9, 9, 9, 10, 10, 10, 10, 10];
    let answered = 0;
    for (const [i, p] of people.entries()) {
      const used = i < 310;
      await tx.execute(sql`INSERT INTO survey_recipients (workspace_id, survey_id, person_id, token_hash, used, responded_at)
          VALUES (${workspaceId}, ${nps.id}, ${p.id}, md5(random()::text || ${p.id}), ${used}, ${used ? sql`now() - make_interval(days => ${i % 90})` : sql`NULL`})`);
      if (!used) continue;
      const score = rand() < 0.04 ? null : pick(npsScores);
      const text = score !== null && rand() < 0.3 ? pick(score <= 6 ? NPS_TEXTS.low : score <= 8 ? NPS_TEXTS.mid : NPS_TEXTS.high) : null;
      const days = Math.floor(rand() * 90);
      const [r] = await queryRows<{ id: string }>(
        tx,
        sql`INSERT INTO survey_responses (workspace_id, survey_id, submitted_at, day, channel, score, has_text, person_id, segment, language)
            VALUES (${workspaceId}, ${nps.id}, now() - make_interval(days => ${days}, hours => ${Math.floor(rand() * 10)}),
              ((now() - make_interval(days => ${days})) AT TIME ZONE 'UTC' + interval '7 hours')::date, ${pick(['link', 'email', 'email', 'widget'])}, ${score}, ${text !== null}, ${p.id}, ${p.customer_type}, 'vi')
            RETURNING id`,
      );
      if (score !== null) await tx.execute(sql`INSERT INTO survey_answers (workspace_id, response_id, question_id, survey_id, num) VALUES (${workspaceId}, ${r!.id}, 'recommend', ${nps.id}, ${score})`);
      if (text) await tx.execute(sql`INSERT INTO survey_answers (workspace_id, response_id, question_id, survey_id, text) VALUES (${workspaceId}, ${r!.id}, ${score! >= 9 ? 'love' : 'improve'}, ${nps.id}, ${text})`);
      answered++;
    }
    await tx.execute(sql`UPDATE surveys SET recipient_count = ${people.length} WHERE id = ${nps.id}`);

    const enps = await createSurvey(tx, auth, ZCreateSurveyRequest.parse({ name: 'Khảo sát nhanh nhân viên tháng 11', template: 'employee_enps' }));
    await updateSurvey(tx, auth, enps.id, { status: 'active' });
    const staff = await queryRows<{ id: string; department_id: string | null }>(tx, sql`SELECT id, department_id FROM employees WHERE deleted_at IS NULL AND status <> 'left' ORDER BY id`);
    for (const [i, e] of staff.entries()) {
      const used = i % 5 !== 4;
      // Anonymous: the recipient is marked used without a time, and the response has no link back.
      await tx.execute(sql`INSERT INTO survey_recipients (workspace_id, survey_id, employee_id, token_hash, used) VALUES (${workspaceId}, ${enps.id}, ${e.id}, md5(random()::text || ${e.id}), ${used})`);
      if (!used) continue;
      const score = pick([3, 5, 6, 7, 7, 8, 8, 9, 9, 10, 10]);
      const text = rand() < 0.25 ? pick(ENPS_TEXTS) : null;
      const days = Math.floor(rand() * 20);
      const [r] = await queryRows<{ id: string }>(
        tx,
        sql`WITH d AS (SELECT ((now() - make_interval(days => ${days})) AT TIME ZONE 'UTC' + interval '7 hours')::date AS day)
            INSERT INTO survey_responses (workspace_id, id, survey_id, submitted_at, day, channel, score, has_text, department_id, segment, language)
            SELECT ${workspaceId}, gen_random_uuid(), ${enps.id}, (d.day::timestamp - interval '7 hours') AT TIME ZONE 'UTC', d.day, 'link', ${score}, ${text !== null}, ${e.department_id}, 'employee', 'vi' FROM d
            RETURNING id`,
      );
      await tx.execute(sql`INSERT INTO survey_answers (workspace_id, response_id, question_id, survey_id, num) VALUES (${workspaceId}, ${r!.id}, 'recommend', ${enps.id}, ${score})`);
      if (text) await tx.execute(sql`INSERT INTO survey_answers (workspace_id, response_id, question_id, survey_id, text) VALUES (${workspaceId}, ${r!.id}, 'change', ${enps.id}, ${text})`);
    }
    await tx.execute(sql`UPDATE surveys SET recipient_count = ${staff.length} WHERE id = ${enps.id}`);
    if (answered === 0) throw new Error('survey demo: no customers to answer');
  });
};
