import { sql } from 'drizzle-orm';
import { queryRows } from '../platform/db/database';
import { onSurveyResponse } from '../modules/feedback/feedback.service';
import { sentimentOf } from '../modules/feedback/sentiment';
import type { DemoSeeder } from './demo';

const LOGGED: { source: 'complaint' | 'praise' | 'review' | 'suggestion'; channel: string; text: string; tags: string[] }[] = [
  { source: 'complaint', channel: 'hotline', text: 'Đơn hàng giao trễ 4 ngày mà không ai báo trước, rất bực mình', tags: ['giao hàng'] },
  { source: 'complaint', channel: 'zalo', text: 'Máy lọc nước bị rò rỉ sau một tuần sử dụng', tags: ['chất lượng', 'bảo hành'] },
  { source: 'complaint', channel: 'facebook', text: 'Nhân viên cửa hàng Quận 3 thái độ không thân thiện', tags: ['nhân viên'] },
  { source: 'complaint', channel: 'email', text: 'Hóa đơn VAT ghi sai mã số thuế công ty', tags: ['hóa đơn'] },
  { source: 'praise', channel: 'store', text: 'Chị tư vấn rất nhiệt tình, tôi rất hài lòng', tags: ['nhân viên'] },
  { source: 'praise', channel: 'zalo', text: 'Bảo hành nhanh gọn, cảm ơn đội kỹ thuật', tags: ['bảo hành'] },
  { source: 'suggestion', channel: 'web', text: 'Nên có thêm hình thức trả góp qua thẻ tín dụng', tags: ['thanh toán'] },
  { source: 'suggestion', channel: 'hotline', text: 'Mong cửa hàng mở cửa đến 21 giờ vào cuối tuần', tags: ['cửa hàng'] },
];
/** Reviews of the launched product: rough at first (installation, app pairing), better once fixed. */
const EARLY_REVIEWS: [number, string, string[]][] = [
  [2, 'Lắp đặt mất cả buổi, hướng dẫn khó hiểu', ['lắp đặt']],
  [2, 'Ứng dụng không kết nối được với máy', ['ứng dụng']],
  [3, 'Nước ngon nhưng máy hơi ồn', ['tiếng ồn']],
  [1, 'Máy bị lỗi ngay tuần đầu, rất thất vọng', ['chất lượng']],
  [4, 'Thiết kế đẹp, dễ dùng', ['thiết kế']],
  [3, 'Tạm được, cần cải thiện ứng dụng', ['ứng dụng']],
];
const MATURE_REVIEWS: [number, string, string[]][] = [
  [5, 'Máy chạy êm, nước rất ngon', ['chất lượng']],
  [4, 'Ứng dụng mới kết nối nhanh, tiện lợi', ['ứng dụng']],
  [5, 'Tuyệt vời, đáng tiền', ['giá']],
  [4, 'Lắp đặt nhanh, kỹ thuật viên chuyên nghiệp', ['lắp đặt']],
  [2, 'Lõi lọc thay thế hơi đắt', ['giá']],
  [5, 'Dùng 3 tháng rất ổn, sẽ giới thiệu cho bạn bè', ['chất lượng']],
  [4, 'Tốt', []],
];

/**
 * The feedback inbox of the demo: the last month of NPS answers run through the closed loop (feedback
 * items, detractor follow-ups with tasks; about two thirds contacted and half closed), the anonymous
 * pulse's comments, complaints and praise logged from the hotline, Zalo, the store…, and reviews of a
 * product launched five months ago, so the phases view has an early and a mature side.
 */
export const seedFeedback: DemoSeeder = async (database, { workspaceId, ownerUserId }) => {
  const scope = { workspaceId, actorUserId: ownerUserId, actorApiKeyId: null, requestId: 'seed-demo' };
  let seed = 11;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  await database.inWorkspace(scope, async (tx) => {
    // 1. Survey responses of the last 30 days through the closed loop.
    const responses = await queryRows<{ id: string; survey_id: string; kind: string; anonymous: boolean; person_id: string | null; score: number | null; channel: string; submitted_at: Date | string; texts: { questionId: string; text: string }[] | null }>(
      tx,
      sql`SELECT r.id, r.survey_id, s.kind, s.anonymous, r.person_id, r.score, r.channel, r.submitted_at,
            (SELECT jsonb_agg(jsonb_build_object('questionId', a.question_id, 'text', a.text)) FROM survey_answers a WHERE a.response_id = r.id AND a.text IS NOT NULL) AS texts
          FROM survey_responses r JOIN surveys s ON s.id = r.survey_id
          WHERE r.submitted_at > now() - interval '30 days'
            AND (r.has_text OR (s.kind IN ('nps', 'enps') AND r.score <= 6) OR (s.kind IN ('csat', 'ces', 'internal_csat') AND r.score <= 2))
          ORDER BY r.submitted_at`,
    );
    for (const r of responses) {
      const metric = r.kind === 'nps' || r.kind === 'csat' || r.kind === 'ces' || r.kind === 'enps' || r.kind === 'internal_csat' ? r.kind : null;
      await onSurveyResponse(tx, {
        surveyId: r.survey_id,
        responseId: r.id,
        kind: r.kind,
        personId: r.person_id,
        employeeId: null,
        anonymous: r.anonymous,
        score: r.score,
        metric,
        texts: r.texts ?? [],
        channel: r.channel,
        productId: null,
      });
      await tx.execute(sql`UPDATE feedback SET received_at = ${r.submitted_at}, created_at = ${r.submitted_at} WHERE response_id = ${r.id}`);
    }
    // Follow-ups at their responses' times; about two thirds contacted (a reply or the task done) within hours, half of them closed.
    const loops = await queryRows<{ id: string; feedback_id: string; task_id: string | null; at: string }>(
      tx,
      sql`UPDATE feedback_followups fu SET created_at = f.received_at, due_at = f.received_at + interval '1 day'
          FROM feedback f WHERE f.id = fu.feedback_id RETURNING fu.id, fu.feedback_id, fu.task_id, f.received_at::text AS at`,
    );
    for (const loop of loops) {
      await tx.execute(sql`UPDATE tasks SET due_at = ${loop.at}::timestamptz + interval '1 day', created_at = ${loop.at}::timestamptz WHERE id = ${loop.task_id}`);
      const roll = rand();
      if (roll > 0.66) continue;
      const contactAt = sql`${loop.at}::timestamptz + make_interval(mins => ${Math.floor(30 + rand() * 1800)})`;
      if (roll < 0.33) {
        await tx.execute(sql`UPDATE feedback SET reply_text = 'Chúng tôi xin lỗi vì trải nghiệm chưa tốt và đã xử lý ngay. Cảm ơn anh/chị đã góp ý.', replied_at = ${contactAt},
            replied_by_user_id = owner_user_id, first_contact_at = ${contactAt}, status = 'resolved', acknowledged_at = ${contactAt}, resolved_at = ${contactAt} + interval '2 hours'
          WHERE id = ${loop.feedback_id}`);
        await tx.execute(sql`UPDATE tasks SET status = 'done', completed_at = ${contactAt} WHERE id = ${loop.task_id}`);
      } else {
        await tx.execute(sql`UPDATE tasks SET status = 'done', completed_at = ${contactAt} WHERE id = ${loop.task_id}`);
        await tx.execute(sql`UPDATE feedback SET status = 'acknowledged', acknowledged_at = ${contactAt} WHERE id = ${loop.feedback_id}`);
      }
    }

    // 2. Logged from every channel, by the customers' owners.
    const people = await queryRows<{ id: string; owner_user_id: string | null }>(tx, sql`SELECT id, owner_user_id FROM people WHERE deleted_at IS NULL ORDER BY id LIMIT 40`);
    for (const [i, item] of LOGGED.entries()) {
      const p = people[(i * 5) % Math.max(1, people.length)];
      const s = sentimentOf({ text: item.text });
      const resolved = i % 3 === 0;
      await tx.execute(sql`INSERT INTO feedback (workspace_id, source, channel, person_id, text, sentiment, sentiment_source, sentiment_score, tags, owner_user_id, status,
            received_at, acknowledged_at, resolved_at, created_by_user_id)
          VALUES (${workspaceId}, ${item.source}, ${item.channel}, ${p?.id ?? null}, ${item.text}, ${s.sentiment}, 'text', ${s.textScore},
            ARRAY[${sql.join(item.tags.map((t) => sql`${t}`), sql`, `)}]::text[], ${p?.owner_user_id ?? ownerUserId}, ${resolved ? 'resolved' : 'new'},
            now() - make_interval(days => ${i * 2 + 1}), ${resolved ? sql`now() - make_interval(days => ${i * 2})` : sql`NULL`}, ${resolved ? sql`now() - make_interval(days => ${i * 2})` : sql`NULL`}, ${ownerUserId})`);
    }

    // 3. A product launched five months ago, with reviews in both phases.
    const [product] = await queryRows<{ id: string }>(tx, sql`SELECT id FROM products WHERE active ORDER BY price DESC, id LIMIT 1`);
    if (!product) return;
    await tx.execute(sql`UPDATE products SET launch_date = (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date - 150 WHERE id = ${product.id}`);
    const review = async ([score, text, tags]: [number, string, string[]], daysAfterLaunch: number, i: number) => {
      const s = sentimentOf({ metric: 'csat', score, text });
      await tx.execute(sql`INSERT INTO feedback (workspace_id, source, channel, person_id, product_id, text, score, metric, sentiment, sentiment_source, sentiment_score, tags, owner_user_id, status, received_at)
          VALUES (${workspaceId}, 'review', ${i % 2 ? 'web' : 'app'}, ${people[i % Math.max(1, people.length)]?.id ?? null}, ${product.id}, ${text}, ${score}, 'csat', ${s.sentiment}, 'score', ${s.textScore},
            ${tags.length ? sql`ARRAY[${sql.join(tags.map((t) => sql`${t}`), sql`, `)}]::text[]` : sql`'{}'::text[]`}, ${ownerUserId}, 'acknowledged',
            ((now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date - 150 + ${daysAfterLaunch}::int + time '10:00') AT TIME ZONE 'Asia/Ho_Chi_Minh')`);
    };
    for (const [i, r] of EARLY_REVIEWS.entries()) await review(r, 3 + i * 13, i);
    for (const [i, r] of MATURE_REVIEWS.entries()) await review(r, 95 + i * 7, i + 10);
  });
};
