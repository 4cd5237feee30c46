import { carePlans } from '../db/schema';
import { vietnamToday } from '../modules/care-plans/care-plan-candidates';
import { enabledRules, evaluateRule } from '../modules/care-plans/care-plan-evaluate';
import type { DemoSeeder } from './demo';

/**
 * Three care plans: a thank-you call a week after the first purchase and a birthday greeting (task and
 * marketing e-mail), both on and run once so the demo shows their firings; and a check-in after 90
 * days of silence, left off so a user sees its preview count before switching it on.
 */
export const seedCarePlans: DemoSeeder = async (database, { workspaceId, ownerUserId, userIds }) => {
  const scope = { workspaceId, actorUserId: ownerUserId, actorApiKeyId: null, requestId: 'seed-demo' };
  await database.inWorkspace(scope, async (tx) => {
    await tx.insert(carePlans).values([
      {
        workspaceId,
        name: 'Gọi cảm ơn sau đơn hàng đầu tiên',
        description: 'Một tuần sau đơn đầu tiên: hỏi khách đã dùng sản phẩm thế nào, có cần hướng dẫn thêm không.',
        enabled: true,
        triggerType: 'first_purchase',
        triggerDays: 7,
        taskEnabled: true,
        taskTitle: 'Gọi cảm ơn {{name}} sau đơn hàng đầu tiên',
        taskDescription: 'Hỏi trải nghiệm sản phẩm, hướng dẫn sử dụng và ghi lại phản hồi.',
        taskAssignee: 'owner',
        taskAssigneeUserId: userIds.manager[0] ?? null,
        taskDueDays: 2,
        taskPriority: 'normal',
        createdByUserId: ownerUserId,
      },
      {
        workspaceId,
        name: 'Chúc mừng sinh nhật khách hàng',
        enabled: true,
        triggerType: 'birthday',
        triggerDays: 1,
        audienceStages: ['customer', 'advocate'],
        taskEnabled: true,
        taskTitle: 'Gọi chúc mừng sinh nhật {{name}} ({{date}})',
        taskAssignee: 'owner',
        taskDueDays: 1,
        taskPriority: 'high',
        emailEnabled: true,
        emailSubject: 'Chúc mừng sinh nhật {{firstName}}!',
        emailBody: 'Chào {{name}},\n\nNhân dịp sinh nhật ngày {{date}}, chúng tôi chúc anh/chị một tuổi mới nhiều sức khỏe và niềm vui.\n\nTrân trọng.',
        emailPurpose: 'marketing',
        createdByUserId: ownerUserId,
      },
      {
        workspaceId,
        name: 'Hỏi thăm khách lâu không liên lạc',
        description: 'Khách hàng 90 ngày không có cuộc gọi, tin nhắn hay cuộc gặp nào.',
        enabled: false,
        triggerType: 'no_interaction',
        triggerDays: 90,
        audienceStages: ['customer', 'advocate'],
        taskEnabled: true,
        taskTitle: 'Hỏi thăm {{name}} (đã lâu không liên lạc)',
        taskAssignee: 'owner',
        taskDueDays: 3,
        taskPriority: 'high',
        createdByUserId: ownerUserId,
      },
    ]);
    const today = vietnamToday();
    for (const rule of await enabledRules(tx)) await evaluateRule(tx, rule, today);
  });
};
