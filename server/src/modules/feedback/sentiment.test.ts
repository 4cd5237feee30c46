import { describe, expect, it } from 'vitest';
import { classifyText, isBadScore, sentimentFromScore, sentimentOf } from './sentiment';

/** Vietnamese (with and without diacritics) and English feedback, with the sentiment a reader gives it. */
const TABLE: [string, 'positive' | 'neutral' | 'negative'][] = [
  // Vietnamese with diacritics
  ['Nhân viên rất nhiệt tình, tôi rất hài lòng', 'positive'],
  ['Dịch vụ tốt', 'positive'],
  ['Dịch vụ không tốt', 'negative'],
  ['Tôi chẳng hài lòng chút nào', 'negative'],
  ['Không hài lòng với thái độ nhân viên', 'negative'],
  ['Giao hàng chậm quá, rất thất vọng', 'negative'],
  ['Sản phẩm không tệ', 'positive'],
  ['Đồ ăn ngon lắm', 'positive'],
  ['Tệ quá', 'negative'],
  ['Cũng tạm được', 'neutral'],
  ['Tôi đặt hàng hôm thứ hai', 'neutral'],
  ['Giá hơi đắt nhưng chất lượng tuyệt vời', 'positive'],
  ['Sản phẩm đẹp nhưng giao hàng quá chậm, nhân viên thô lỗ', 'negative'],
  ['Gọi tổng đài mãi mà không ai nghe máy', 'negative'],
  ['Không có gì để phàn nàn', 'positive'],
  ['Chưa tốt lắm, cần cải thiện', 'negative'],
  ['Ứng dụng bị lỗi liên tục, rất bực mình', 'negative'],
  ['Cảm ơn chị đã hỗ trợ nhanh chóng', 'positive'],
  ['Chăm sóc khách hàng chu đáo', 'positive'],
  ['Tôi rất thích', 'positive'],
  ['Chất lượng kém', 'negative'],
  ['hàng ok 👍', 'positive'],
  ['😡😡 giao sai hàng', 'negative'],
  // Vietnamese without diacritics (typed on a phone without a Vietnamese keyboard)
  ['nhan vien rat nhiet tinh, toi rat hai long', 'positive'],
  ['dich vu khong tot', 'negative'],
  ['toi chang hai long', 'negative'],
  ['giao hang cham qua, that vong', 'negative'],
  ['san pham tot lam', 'positive'],
  ['ko hai long', 'negative'],
  ['toi muon doi hang', 'neutral'],
  ['de dung, gia re', 'positive'],
  ['toi te nhat tu truoc den nay', 'negative'],
  // English
  ['The staff were very friendly and helpful', 'positive'],
  ['Not good at all', 'negative'],
  ['Service was not bad', 'positive'],
  ["I don't like the new app", 'negative'],
  ['Delivery was extremely slow and the driver was rude', 'negative'],
  ['Great product but terrible support', 'negative'],
  ['Terrible packaging but great product', 'positive'],
  ['I ordered on Monday', 'neutral'],
  ['Absolutely love it!', 'positive'],
  ['Nothing to complain about', 'positive'],
  ['Never again.', 'negative'],
  ['It was okay', 'positive'],
];

describe('text sentiment (lexicon, negation, intensifiers)', () => {
  it.each(TABLE)('%s → %s', (text, expected) => {
    expect(classifyText(text).sentiment).toBe(expected);
  });

  it('reads NFD input like NFC', () => {
    expect(classifyText('Dịch vụ không tốt'.normalize('NFD')).sentiment).toBe('negative');
  });

  it('intensifiers make a word count more, dampeners less', () => {
    expect(classifyText('rất tốt').score).toBeGreaterThan(classifyText('tốt').score);
    expect(classifyText('hơi tốt').score).toBeLessThan(classifyText('tốt').score);
    expect(classifyText('very good').score).toBeGreaterThan(classifyText('good').score);
    expect(classifyText('tốt lắm').score).toBeGreaterThan(classifyText('tốt').score);
  });

  it('"tôi" (I) is not read as "tồi" (bad) in text without diacritics', () => {
    expect(classifyText('toi can ho tro').sentiment).toBe('neutral');
  });

  it('empty text is neutral with score 0', () => {
    expect(classifyText('')).toEqual({ sentiment: 'neutral', score: 0, matched: [] });
  });
});

describe('score sentiment and bad ratings', () => {
  it.each([
    ['nps', 0, 'negative'], ['nps', 6, 'negative'], ['nps', 7, 'neutral'], ['nps', 8, 'neutral'], ['nps', 9, 'positive'], ['nps', 10, 'positive'],
    ['enps', 6, 'negative'], ['enps', 9, 'positive'],
    ['csat', 1, 'negative'], ['csat', 2, 'negative'], ['csat', 3, 'neutral'], ['csat', 4, 'positive'], ['csat', 5, 'positive'],
    ['internal_csat', 2, 'negative'], ['internal_csat', 3, 'neutral'],
    ['ces', 1, 'negative'], ['ces', 2, 'negative'], ['ces', 3, 'neutral'], ['ces', 4, 'neutral'], ['ces', 5, 'positive'], ['ces', 7, 'positive'],
  ] as const)('%s %i → %s', (metric, score, expected) => {
    expect(sentimentFromScore(metric, score)).toBe(expected);
    expect(isBadScore(metric, score)).toBe(expected === 'negative');
  });

  it('the score wins over the text; the text decides without a score', () => {
    expect(sentimentOf({ metric: 'nps', score: 10, text: 'tệ quá' })).toMatchObject({ sentiment: 'positive', source: 'score' });
    expect(sentimentOf({ metric: null, score: null, text: 'tệ quá' })).toMatchObject({ sentiment: 'negative', source: 'text' });
  });
});
