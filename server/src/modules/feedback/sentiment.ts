/**
 * Sentiment of a piece of feedback: from the survey score when there is one, from the text otherwise.
 *
 * The text classifier is a small lexicon-based scorer (in the spirit of VADER) for Vietnamese — with
 * or without diacritics — and English. Pure functions, no I/O: see ARCHITECTURE.md ("Feedback inbox")
 * and sentiment.test.ts for the table of examples it is held to.
 */
import { foldVietnamese, toNfc } from '@tandem/shared';

export type Sentiment = 'positive' | 'neutral' | 'negative';
export type ScoreMetric = 'nps' | 'enps' | 'csat' | 'internal_csat' | 'ces';

/**
 * Sentiment of a survey score. NPS/eNPS (0–10): 0–6 negative (detractor), 7–8 neutral (passive),
 * 9–10 positive (promoter). CSAT/internal CSAT (1–5): 1–2 negative, 3 neutral, 4–5 positive.
 * CES (1–7, "made it easy for me"): 1–2 negative, 3–4 neutral, 5–7 positive (the domain reports the
 * % answering 5–7 as the "easy" share).
 */
export function sentimentFromScore(metric: ScoreMetric, score: number): Sentiment {
  switch (metric) {
    case 'nps':
    case 'enps':
      return score <= 6 ? 'negative' : score <= 8 ? 'neutral' : 'positive';
    case 'csat':
    case 'internal_csat':
      return score <= 2 ? 'negative' : score === 3 ? 'neutral' : 'positive';
    case 'ces':
      return score <= 2 ? 'negative' : score <= 4 ? 'neutral' : 'positive';
  }
}

/** A detractor or a bad rating: what opens a follow-up task (the same scores as a negative sentiment). */
export function isBadScore(metric: ScoreMetric, score: number): boolean {
  return sentimentFromScore(metric, score) === 'negative';
}

/** The valid range of a metric's score. */
export const SCORE_RANGE: Record<ScoreMetric, [number, number]> = { nps: [0, 10], enps: [0, 10], csat: [1, 5], internal_csat: [1, 5], ces: [1, 7] };

// ---------------------------------------------------------------------------------------------
// Lexicon

type Entry = { kind: 'word'; value: number } | { kind: 'negator' } | { kind: 'booster'; factor: number; post?: boolean } | { kind: 'contrast' };

/** Sentiment-bearing words and phrases, valence −3 … +3. Written with diacritics; folded forms are derived. */
const WORDS: Record<string, number> = {
  // Vietnamese, positive
  'tốt': 2, 'tốt đẹp': 2, 'tuyệt': 3, 'tuyệt vời': 3, 'xuất sắc': 3, 'hoàn hảo': 3, 'hài lòng': 2, 'rất hài lòng': 3, 'ưng': 2, 'ưng ý': 2,
  'thích': 2, 'yêu': 2, 'hay': 1, 'ngon': 2, 'đẹp': 2, 'rẻ': 1, 'hợp lý': 1, 'tiện': 1, 'tiện lợi': 2, 'dễ dàng': 1, 'dễ dùng': 2,
  'dễ sử dụng': 2, 'nhanh': 1, 'nhanh chóng': 2, 'chu đáo': 2, 'nhiệt tình': 2, 'thân thiện': 2, 'chuyên nghiệp': 2, 'tận tình': 2,
  'tận tâm': 2, 'vui': 1, 'vui vẻ': 2, 'ổn': 1, 'ổn định': 1, 'ok': 1, 'oke': 1, 'okay': 1, 'cảm ơn': 1, 'cám ơn': 1, 'bền': 1,
  'sạch': 1, 'sạch sẽ': 2, 'đáng tiền': 2, 'mượt': 1, 'lịch sự': 2, 'chất lượng': 1, 'tuyệt hảo': 3, 'ấn tượng': 2, 'hữu ích': 2,
  'hỗ trợ tốt': 2, 'giới thiệu': 1, 'đáng tin': 2, 'an tâm': 2, 'yên tâm': 2, 'hài hước': 1, 'xịn': 2, 'đỉnh': 2, 'ngon lành': 2,
  // Vietnamese, negative
  'tệ': -2, 'tồi': -2, 'tồi tệ': -3, 'tệ hại': -3, 'dở': -2, 'kém': -2, 'chậm': -1, 'chậm chạp': -2, 'chán': -2, 'thất vọng': -3,
  'bực': -2, 'bực mình': -2, 'bức xúc': -3, 'khó chịu': -2, 'tức': -2, 'tức giận': -3, 'lừa đảo': -3, 'hỏng': -2, 'lỗi': -1, 'bị lỗi': -2,
  'hư': -2, 'sai': -1, 'trễ': -1, 'muộn': -1, 'đắt': -1, 'mắc': -1, 'thô lỗ': -3, 'cáu': -2, 'phàn nàn': -2, 'khiếu nại': -2,
  'kinh khủng': -3, 'rườm rà': -2, 'phức tạp': -1, 'khó': -1, 'khó khăn': -1, 'khó dùng': -2, 'lâu': -1, 'mất thời gian': -2,
  'vô trách nhiệm': -3, 'thiếu chuyên nghiệp': -3, 'ồn': -1, 'bẩn': -2, 'dơ': -2, 'hôi': -2, 'rách': -2, 'vỡ': -2, 'mốc': -2,
  'hết hạn': -2, 'lag': -2, 'đơ': -2, 'treo': -1, 'cẩu thả': -3, 'thờ ơ': -2, 'hách dịch': -3, 'chờ lâu': -2, 'chờ mãi': -2,
  'không ai nghe máy': -2, 'không có gì để phàn nàn': 2, 'không có gì phàn nàn': 2, 'không có gì để chê': 2, 'không chê vào đâu được': 3, 'không liên lạc được': -2, 'bỏ mặc': -3, 'lừa': -3, 'tồi tàn': -2, 'tệ nhất': -3, 'ghét': -3, 'buồn': -1,
  'vấn đề': -1, 'sự cố': -1, 'lãng phí': -2, 'vô dụng': -3, 'chán nản': -2, 'thiếu': -1, 'quá tải': -1, 'không đáng': -2,
  // Neutral phrases that share syllables with sentiment words (they consume the tokens so that no part matches).
  'chăm sóc': 0, 'chăm sóc khách hàng': 0, 'trả lời': 0, 'lời nói': 0, 'lợi ích': 1, 'khó hiểu': -1, 'khó tính': 0, 'hay không': 0,
  'được không': 0, 'có không': 0, 'chất lượng kém': -2, 'dịch vụ': 0,
  // English, positive
  good: 2, great: 3, excellent: 3, amazing: 3, awesome: 3, fantastic: 3, wonderful: 3, perfect: 3, love: 3, loved: 3, like: 1, liked: 2,
  happy: 2, satisfied: 2, pleased: 2, helpful: 2, friendly: 2, polite: 2, fast: 1, quick: 1, quickly: 1, easy: 1, nice: 2, best: 3,
  recommend: 2, thanks: 1, thank: 1, professional: 2, clean: 1, affordable: 1, smooth: 1, reliable: 2, fine: 1, impressive: 2, useful: 2,
  'no problem': 1, 'no problems': 1, 'well done': 2, 'no help': -2, 'no response': -2, 'no reply': -2, 'no answer': -2, complain: -2, complaint: -2,
  // English, negative
  bad: -2, poor: -2, terrible: -3, awful: -3, horrible: -3, worst: -3, slow: -1, rude: -3, broken: -2, late: -1, expensive: -1,
  disappointed: -3, disappointing: -3, hate: -3, useless: -3, problem: -1, problems: -1, issue: -1, issues: -1, unhelpful: -2,
  annoying: -2, annoyed: -2, dirty: -2, complicated: -1, difficult: -1, confusing: -2, waste: -2, scam: -3, dissatisfied: -2,
  unsatisfied: -2, unhappy: -2, angry: -3, frustrating: -2, frustrated: -2, delayed: -1, delay: -1, mess: -2, wrong: -1,
  'never again': -3, 'waste of time': -3, 'not worth': -2,
  // Emoji
  '👍': 1, '❤️': 2, '❤': 2, '😊': 2, '😍': 3, '🙂': 1, '👎': -2, '😡': -3, '😠': -2, '😞': -2, '😢': -2, '🙁': -1,
};

const NEGATORS = ['không', 'chẳng', 'chả', 'chưa', 'đâu có', 'ko', 'k', 'kg', 'hông', 'hok', 'khong', 'không hề', 'chẳng hề', 'chưa hề', 'chẳng hề', 'not', 'never', 'without', 'hardly', 'nothing'];
const BOOSTERS: Record<string, number> = {
  'rất': 1.5, 'quá': 1.5, 'cực': 1.8, 'cực kỳ': 1.8, 'cực kì': 1.8, 'siêu': 1.6, 'vô cùng': 1.8, 'hết sức': 1.6, 'thật sự': 1.4, 'thực sự': 1.4,
  'khá': 0.7, 'hơi': 0.5, 'tương đối': 0.7, 'cũng': 0.9,
  very: 1.5, really: 1.4, extremely: 1.8, so: 1.4, super: 1.6, too: 1.4, absolutely: 1.6, totally: 1.5, incredibly: 1.8, quite: 0.8,
  slightly: 0.5, somewhat: 0.6, 'a bit': 0.5, 'a little': 0.5, pretty: 0.8,
};
/** Vietnamese intensifiers written after the word: "tốt lắm", "tệ quá", "ngon cực". */
const POST_BOOSTERS: Record<string, number> = { 'lắm': 1.5, 'quá': 1.5, 'cực': 1.8, 'ghê': 1.5, 'vô cùng': 1.8, 'cực kỳ': 1.8, 'thật': 1.3, 'nhất': 1.5 };
const CONTRASTS = ['nhưng', 'nhưng mà', 'tuy nhiên', 'but', 'however'];

/**
 * Folded (accent-free) forms that are another common Vietnamese word, so they are not matched in text
 * written without diacritics: tồi/tôi → "toi", dở/đó/do → "do", dễ/để → "de", yêu/yếu → "yeu",
 * kém/kem → "kem", lỗi/lời → "loi", hỏng/hồng/hông → "hong", trễ/tre/trẻ → "tre", muộn/muốn → "muon",
 * đắt/đạt/đất → "dat", bẩn/bạn → "ban", ổn/ơn → "on", hư/hừ → "hu", mắc/mặc → "mac", tức/tức thì → "tuc",
 * hay (also "or") → "hay", sai/sài → kept. Their phrases ("toi te", "de dang", "bi loi") still match.
 */
const AMBIGUOUS_FOLDED = new Set(['toi', 'do', 'de', 'yeu', 'kem', 'loi', 'hong', 'tre', 'muon', 'dat', 'ban', 'on', 'hu', 'mac', 'tuc', 'hay', 'chua', 'cha', 'vo', 'hoi', 'on dinh', 'cuc', 'that', 'chan', 'lau', 'buon', 'ho', 'te']);
/** …except these, which almost always mean the sentiment in unaccented feedback. */
const FOLDED_KEEP = new Set(['te', 'chan', 'lau', 'chua', 'that', 'cuc', 'hoi']);

function buildLexicon() {
  const accented = new Map<string, Entry>();
  const folded = new Map<string, Entry>();
  const add = (phrase: string, entry: Entry) => {
    const key = toNfc(phrase).toLowerCase();
    accented.set(key, entry);
    const f = foldVietnamese(key);
    if (AMBIGUOUS_FOLDED.has(f) && !FOLDED_KEEP.has(f)) return;
    if (!folded.has(f) || key === f) folded.set(f, entry);
  };
  for (const [w, v] of Object.entries(WORDS)) add(w, { kind: 'word', value: v });
  for (const [w, factor] of Object.entries(BOOSTERS)) add(w, { kind: 'booster', factor });
  for (const w of NEGATORS) add(w, { kind: 'negator' });
  for (const w of CONTRASTS) add(w, { kind: 'contrast' });
  return { accented, folded };
}
const LEXICON = buildLexicon();
const POST_FOLDED = new Map(Object.entries(POST_BOOSTERS).filter(([w]) => w !== 'thật').map(([w, f]) => [foldVietnamese(w), f]));
const POST_ACCENTED = new Map(Object.entries(POST_BOOSTERS));
const MAX_PHRASE = 6;
/** How strongly a negated word counts, with its sign flipped ("không tốt" = −0.75 × "tốt"). */
const NEGATION_FACTOR = -0.75;
/** How many tokens a negator reaches forward ("không hề thấy hài lòng"). */
const NEGATION_SCOPE = 3;
/** Words after a contrast ("…, nhưng …") weigh more, words before it less. */
const AFTER_CONTRAST = 1.5;
const BEFORE_CONTRAST = 0.5;

/** Vietnamese letters that carry a diacritic (or đ): their presence says the text is written with accents. */
const VIETNAMESE_MARKS = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;

export type TextSentiment = { sentiment: Sentiment; score: number; matched: string[] };

/** Split into lower-case tokens (words, emoji) and clause breaks ('|'). */
function tokenize(text: string): string[] {
  const tokens: string[] = [];
  const re = /([\p{L}\p{N}]+(?:'[\p{L}]+)?)|([.!?;,\n]+)|(\p{Extended_Pictographic}\uFE0F?)/gu;
  for (const m of toNfc(text).toLowerCase().matchAll(re)) {
    if (m[1]) tokens.push(m[1]);
    else if (m[2]) tokens.push('|');
    else if (m[3]) tokens.push(m[3]);
  }
  return tokens;
}

/**
 * Sentiment of a text. Tokens are matched greedily against the lexicon (longest phrase first, up to six
 * syllables — Vietnamese words are several syllables); a negator flips the next sentiment word within
 * three tokens of the same clause; boosters before (and Vietnamese ones after) a word scale it; after
 * "nhưng"/"but" words weigh 1.5×, before it 0.5×. The sum s is squashed to s/√(s²+15) ∈ (−1, 1);
 * ≥ 0.1 is positive, ≤ −0.1 negative, otherwise (or nothing matched) neutral. Text written without
 * diacritics is matched against the folded lexicon minus the forms that are other common words.
 */
export function classifyText(text: string): TextSentiment {
  const tokens = tokenize(text);
  const lexicon = VIETNAMESE_MARKS.test(toNfc(text)) ? LEXICON.accented : LEXICON.folded;
  const post = lexicon === LEXICON.accented ? POST_ACCENTED : POST_FOLDED;
  const items: { value: number; clause: number; matched: string }[] = [];
  let negateLeft = 0;
  let boost = 1;
  let clause = 0;
  let contrastAt = -1;
  const matched: string[] = [];
  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i]!;
    if (token === '|') {
      negateLeft = 0;
      boost = 1;
      clause++;
      i++;
      continue;
    }
    let entry: Entry | undefined;
    let length = 0;
    for (let n = Math.min(MAX_PHRASE, tokens.length - i); n >= 1; n--) {
      const phrase = tokens.slice(i, i + n);
      if (phrase.includes('|')) continue;
      const e = lexicon.get(phrase.join(' '));
      if (e) {
        entry = e;
        length = n;
        break;
      }
    }
    // English contractions: "don't", "isn't", "wasn't"...
    if (!entry && /n't$/.test(token)) {
      entry = { kind: 'negator' };
      length = 1;
    }
    if (!entry) {
      if (negateLeft > 0) negateLeft--;
      i++;
      continue;
    }
    if (entry.kind === 'negator') {
      negateLeft = NEGATION_SCOPE;
    } else if (entry.kind === 'booster') {
      boost *= entry.factor;
    } else if (entry.kind === 'contrast') {
      contrastAt = items.length;
      negateLeft = 0;
      boost = 1;
    } else if (entry.value !== 0 || length > 1) {
      let value = entry.value * boost;
      const next = tokens[i + length];
      const postFactor = next ? post.get(next) : undefined;
      if (postFactor) {
        value *= postFactor;
        length++;
      }
      if (negateLeft > 0 && value !== 0) value *= NEGATION_FACTOR;
      if (value !== 0) {
        items.push({ value, clause, matched: tokens.slice(i, i + length).join(' ') });
        matched.push(tokens.slice(i, i + length).join(' '));
      }
      negateLeft = 0;
      boost = 1;
    }
    i += length;
  }
  let sum = 0;
  items.forEach((item, index) => {
    const weight = contrastAt < 0 ? 1 : index < contrastAt ? BEFORE_CONTRAST : AFTER_CONTRAST;
    sum += item.value * weight;
  });
  const score = sum === 0 ? 0 : sum / Math.sqrt(sum * sum + 15);
  const rounded = Math.round(score * 1000) / 1000;
  return { sentiment: rounded >= 0.1 ? 'positive' : rounded <= -0.1 ? 'negative' : 'neutral', score: rounded, matched };
}

/**
 * The sentiment an item gets: from the score when there is one (source `score`), else from the text
 * (source `text`); nothing to read → neutral from the text.
 */
export function sentimentOf(input: { metric?: ScoreMetric | null; score?: number | null; text?: string | null }): { sentiment: Sentiment; source: 'score' | 'text'; textScore: number | null } {
  if (input.metric && input.score !== null && input.score !== undefined) return { sentiment: sentimentFromScore(input.metric, input.score), source: 'score', textScore: input.text ? classifyText(input.text).score : null };
  const t = classifyText(input.text ?? '');
  return { sentiment: t.sentiment, source: 'text', textScore: t.score };
}
