import type { TSurveyAudience, TSurveyKind, TSurveyQuestion } from '@tandem/shared';

export type SurveyTemplate = {
  name: { vi: string; en: string };
  kind: TSurveyKind;
  audience: TSurveyAudience;
  anonymous: boolean;
  thankYou: { vi: string; en: string };
  questions: TSurveyQuestion[];
};

const q = (id: string, type: TSurveyQuestion['type'], vi: string, en: string, extra: Partial<TSurveyQuestion> = {}): TSurveyQuestion => ({
  id,
  type,
  required: false,
  text: { vi, en },
  options: [],
  ...extra,
});

/** The five starting points of the builder. Each asks its metric first, then why, in vi and en. */
export const SURVEY_TEMPLATE_DEFS = {
  customer_nps: {
    name: { vi: 'Mức độ sẵn sàng giới thiệu (NPS)', en: 'Customer NPS' },
    kind: 'nps',
    audience: { type: 'external', viewId: null },
    anonymous: false,
    thankYou: { vi: 'Cảm ơn anh/chị đã dành thời gian góp ý!', en: 'Thank you for your feedback!' },
    questions: [
      q('recommend', 'nps', 'Anh/chị có sẵn sàng giới thiệu chúng tôi cho bạn bè hoặc đồng nghiệp không?', 'How likely are you to recommend us to a friend or colleague?', { required: true }),
      q('improve', 'long_text', 'Chúng tôi cần làm gì để tốt hơn?', 'What should we do better?', { showIf: { questionId: 'recommend', op: 'lte', value: 8 } }),
      q('love', 'long_text', 'Điều anh/chị thích nhất ở chúng tôi là gì?', 'What do you like most about us?', { showIf: { questionId: 'recommend', op: 'gte', value: 9 } }),
    ],
  },
  post_purchase_csat: {
    name: { vi: 'Hài lòng sau mua hàng (CSAT)', en: 'Post-purchase CSAT' },
    kind: 'csat',
    audience: { type: 'external', viewId: null },
    anonymous: false,
    thankYou: { vi: 'Cảm ơn anh/chị đã mua hàng và góp ý!', en: 'Thank you for your purchase and your feedback!' },
    questions: [
      q('satisfaction', 'csat', 'Anh/chị hài lòng thế nào với lần mua hàng này?', 'How satisfied are you with this purchase?', { required: true }),
      q('aspect', 'multiple_choice', 'Điều gì làm anh/chị hài lòng?', 'What did you like?', {
        options: [
          { id: 'product', label: { vi: 'Chất lượng sản phẩm', en: 'Product quality' } },
          { id: 'delivery', label: { vi: 'Giao hàng', en: 'Delivery' } },
          { id: 'price', label: { vi: 'Giá cả', en: 'Price' } },
          { id: 'staff', label: { vi: 'Nhân viên tư vấn', en: 'Sales staff' } },
        ],
        showIf: { questionId: 'satisfaction', op: 'gte', value: 4 },
      }),
      q('comment', 'long_text', 'Anh/chị muốn nói thêm điều gì?', 'Anything else you would like to tell us?'),
    ],
  },
  support_ces: {
    name: { vi: 'Mức độ dễ dàng khi được hỗ trợ (CES)', en: 'Support CES' },
    kind: 'ces',
    audience: { type: 'external', viewId: null },
    anonymous: false,
    thankYou: { vi: 'Cảm ơn anh/chị! Góp ý của anh/chị giúp chúng tôi hỗ trợ tốt hơn.', en: 'Thank you! Your answer helps us support you better.' },
    questions: [
      q('easy', 'ces', 'Chúng tôi đã giúp anh/chị giải quyết vấn đề một cách dễ dàng.', 'The company made it easy for me to handle my issue.', { required: true }),
      q('hard', 'long_text', 'Điều gì khiến việc này khó khăn?', 'What made it difficult?', { showIf: { questionId: 'easy', op: 'lte', value: 4 } }),
    ],
  },
  employee_enps: {
    name: { vi: 'Khảo sát nhanh nhân viên (eNPS)', en: 'Employee eNPS pulse' },
    kind: 'enps',
    audience: { type: 'employees', departmentId: null },
    anonymous: true,
    thankYou: { vi: 'Cảm ơn bạn! Câu trả lời được giữ ẩn danh.', en: 'Thank you! Your answer is anonymous.' },
    questions: [
      q('recommend', 'nps', 'Bạn có sẵn sàng giới thiệu công ty như một nơi làm việc tốt cho bạn bè không?', 'How likely are you to recommend this company as a place to work?', { required: true }),
      q('workload', 'rating', 'Khối lượng công việc của bạn hiện nay hợp lý thế nào?', 'How manageable is your workload?', { scaleMax: 5 }),
      q('change', 'long_text', 'Một điều bạn muốn công ty thay đổi?', 'One thing you would change?'),
    ],
  },
  internal_service_csat: {
    name: { vi: 'Hài lòng về dịch vụ nội bộ', en: 'Internal service CSAT' },
    kind: 'internal_csat',
    audience: { type: 'employees', departmentId: null },
    anonymous: false,
    thankYou: { vi: 'Cảm ơn bạn đã đánh giá!', en: 'Thank you for your rating!' },
    questions: [
      q('satisfaction', 'csat', 'Bạn hài lòng thế nào với hỗ trợ bạn nhận được?', 'How satisfied are you with the help you received?', { required: true }),
      q('comment', 'short_text', 'Góp ý thêm (không bắt buộc)', 'Any comment (optional)'),
    ],
  },
} satisfies Record<string, SurveyTemplate>;

export type SurveyTemplateId = keyof typeof SURVEY_TEMPLATE_DEFS;
