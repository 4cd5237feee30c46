import type { TSurveyQuestion } from '@tandem/shared';
import { scaleOf } from './survey-definition';

export type Lang = 'vi' | 'en';
export type PageSurvey = { name: string; workspaceName: string; questions: TSurveyQuestion[]; thankYou: { vi: string; en: string }; anonymous: boolean };

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const tr = (t: { vi: string; en: string }, lang: Lang) => (lang === 'en' && t.en ? t.en : t.vi);

const T = {
  vi: {
    submit: 'Gửi câu trả lời',
    required: 'bắt buộc',
    notLikely: 'Chắc chắn không',
    veryLikely: 'Chắc chắn có',
    dissatisfied: 'Rất không hài lòng',
    satisfied: 'Rất hài lòng',
    disagree: 'Hoàn toàn không đồng ý',
    agree: 'Hoàn toàn đồng ý',
    fix: 'Vui lòng kiểm tra lại:',
    anonymous: 'Khảo sát ẩn danh: câu trả lời của bạn không gắn với tên bạn.',
    thanks: 'Đã nhận câu trả lời',
    used: 'Bạn đã trả lời khảo sát này rồi. Cảm ơn bạn!',
    usedTitle: 'Đã trả lời',
    notFound: 'Liên kết khảo sát không đúng hoặc không còn hiệu lực.',
    notFoundTitle: 'Không tìm thấy khảo sát',
    closed: 'Khảo sát này đã đóng. Cảm ơn bạn đã quan tâm!',
    closedTitle: 'Khảo sát đã đóng',
    tooMany: 'Bạn gửi quá nhanh. Vui lòng thử lại sau ít phút.',
    other: 'English',
    hello: (n: string) => `Xin chào ${n},`,
    only: 'Câu hỏi tùy chọn',
    msgRequired: 'Câu hỏi này bắt buộc',
    msgInvalid: 'Câu trả lời không hợp lệ',
  },
  en: {
    submit: 'Send my answers',
    required: 'required',
    notLikely: 'Not at all likely',
    veryLikely: 'Extremely likely',
    dissatisfied: 'Very dissatisfied',
    satisfied: 'Very satisfied',
    disagree: 'Strongly disagree',
    agree: 'Strongly agree',
    fix: 'Please check:',
    anonymous: 'Anonymous survey: your answers are not linked to your name.',
    thanks: 'Answers received',
    used: 'You have already answered this survey. Thank you!',
    usedTitle: 'Already answered',
    notFound: 'This survey link is wrong or no longer valid.',
    notFoundTitle: 'Survey not found',
    closed: 'This survey is closed. Thank you for your interest!',
    closedTitle: 'Survey closed',
    tooMany: 'Too many attempts. Please try again in a few minutes.',
    other: 'Tiếng Việt',
    hello: (n: string) => `Hello ${n},`,
    only: 'Optional question',
    msgRequired: 'This question is required',
    msgInvalid: 'This answer is not valid',
  },
} as const;

/** ~1.5 kB of CSS: readable on a small screen, large touch targets, visible focus, no web fonts. */
const CSS = `*{box-sizing:border-box}body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1b1e;background:#f4f6f8}
main{max-width:640px;margin:0 auto;padding:16px}h1{font-size:1.35rem;margin:.2em 0 .6em}.org{color:#555;font-size:.9rem;margin:0}
fieldset{border:0;background:#fff;border-radius:12px;padding:16px;margin:0 0 12px;box-shadow:0 1px 2px rgba(0,0,0,.08)}
legend{font-weight:600;padding:0;float:left;width:100%;margin-bottom:10px}.req{color:#c92a2a;font-weight:400;font-size:.85rem}
.scale{display:flex;flex-wrap:wrap;gap:6px;clear:both}.scale label{flex:1 0 40px;min-width:40px}.scale input,.opt input{position:absolute;opacity:0;width:1px;height:1px}
.scale span{display:block;text-align:center;padding:10px 0;border:1px solid #adb5bd;border-radius:8px;background:#fff;cursor:pointer;font-weight:600}
.scale input:checked+span{background:#1c7ed6;border-color:#1c7ed6;color:#fff}.scale input:focus-visible+span,.opt input:focus-visible+span{outline:3px solid #74c0fc;outline-offset:2px}
.ends{display:flex;justify-content:space-between;font-size:.8rem;color:#555;margin-top:6px;clear:both}
.opt{display:block;clear:both;margin:6px 0}.opt span{display:block;padding:10px 12px;border:1px solid #adb5bd;border-radius:8px;cursor:pointer}
.opt input:checked+span{border-color:#1c7ed6;background:#e7f5ff;font-weight:600}
input[type=text],textarea{width:100%;font:inherit;padding:10px;border:1px solid #adb5bd;border-radius:8px;clear:both;display:block}textarea{min-height:110px}
button{width:100%;font:inherit;font-weight:600;padding:14px;border:0;border-radius:10px;background:#1c7ed6;color:#fff;cursor:pointer}button:focus-visible{outline:3px solid #74c0fc;outline-offset:2px}
.err{color:#c92a2a;font-size:.9rem;clear:both;margin:6px 0 0}.alert{background:#fff5f5;border:1px solid #ffc9c9;border-radius:10px;padding:12px;margin-bottom:12px}
.note{color:#555;font-size:.9rem}.lang{float:right;font-size:.9rem}[hidden]{display:none!important}`;

/** Skip logic in the browser: hide a question (and disable its inputs) until its condition holds. Without JS every question shows and the server drops hidden answers. */
const JS = `(function(){var f=document.forms[0];if(!f)return;function val(q){var els=f.querySelectorAll('[name="q_'+q+'"]'),v=[];for(var i=0;i<els.length;i++){var e=els[i];if((e.type==='radio'||e.type==='checkbox')?e.checked:e.value)v.push(e.value)}return v}
function holds(c,v){if(!v.length)return false;var n=v.map(function(x){return /^\\d+$/.test(x)?+x:x}),w=[].concat(c.value);switch(c.op){case'eq':return n.indexOf(c.value)>=0;case'neq':return n.indexOf(c.value)<0;case'lte':return n[0]<=c.value;case'gte':return n[0]>=c.value;case'in':return n.some(function(x){return w.indexOf(x)>=0})}return false}
function run(){var shown={};var fs=f.querySelectorAll('fieldset[data-q]');for(var i=0;i<fs.length;i++){var el=fs[i],c=el.getAttribute('data-show-if'),ok=true;if(c){c=JSON.parse(c);ok=!!shown[c.questionId]&&holds(c,val(c.questionId))}
shown[el.getAttribute('data-q')]=ok;el.hidden=!ok;var ins=el.querySelectorAll('input,textarea');for(var j=0;j<ins.length;j++){ins[j].disabled=!ok}}}f.addEventListener('change',run);f.addEventListener('input',run);run()})();`;

function page(lang: Lang, title: string, body: string, withScript: boolean) {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex">
<title>${esc(title)}</title><style>${CSS}</style></head><body><main>${body}</main>${withScript ? `<script>${JS}</script>` : ''}</body></html>`;
}

export function messagePage(lang: Lang, kind: 'used' | 'notFound' | 'closed' | 'tooMany', otherLangHref?: string) {
  const t = T[lang];
  const title = kind === 'used' ? t.usedTitle : kind === 'closed' ? t.closedTitle : kind === 'tooMany' ? t.tooMany : t.notFoundTitle;
  const text = kind === 'used' ? t.used : kind === 'closed' ? t.closed : kind === 'tooMany' ? t.tooMany : t.notFound;
  const switcher = otherLangHref ? `<a class="lang" href="${esc(otherLangHref)}">${t.other}</a>` : '';
  return page(lang, title, `${switcher}<h1>${esc(title)}</h1><p>${esc(text)}</p>`, false);
}

export function thankYouPage(lang: Lang, survey: PageSurvey) {
  return page(lang, T[lang].thanks, `<p class="org">${esc(survey.workspaceName)}</p><h1 role="status">${esc(tr(survey.thankYou, lang))}</h1>`, false);
}

function scaleEnds(q: TSurveyQuestion, lang: Lang) {
  const t = T[lang];
  if (q.type === 'nps') return [t.notLikely, t.veryLikely];
  if (q.type === 'ces') return [t.disagree, t.agree];
  return [t.dissatisfied, t.satisfied];
}

function questionHtml(q: TSurveyQuestion, index: number, lang: Lang, value: string[], error: string | undefined) {
  const t = T[lang];
  const name = `q_${q.id}`;
  const errId = `e_${q.id}`;
  const required = q.required && !q.showIf;
  const legend = `<legend id="l_${q.id}">${index + 1}. ${esc(tr(q.text, lang))}${q.required ? ` <span class="req">(${t.required})</span>` : ''}</legend>`;
  const described = error ? ` aria-describedby="${errId}"` : '';
  let body = '';
  const scale = scaleOf(q);
  if (scale) {
    const items: string[] = [];
    for (let v = scale.min; v <= scale.max; v++) {
      items.push(`<label><input type="radio" name="${name}" value="${v}"${value.includes(String(v)) ? ' checked' : ''}${required ? ' required' : ''}${described}><span>${v}</span></label>`);
    }
    const [lo = '', hi = ''] = scaleEnds(q, lang);
    body = `<div class="scale">${items.join('')}</div><div class="ends" aria-hidden="true"><span>${scale.min} = ${esc(lo)}</span><span>${scale.max} = ${esc(hi)}</span></div>`;
  } else if (q.type === 'single_choice' || q.type === 'multiple_choice') {
    const type = q.type === 'single_choice' ? 'radio' : 'checkbox';
    body = q.options
      .map((o) => `<label class="opt"><input type="${type}" name="${name}" value="${esc(o.id)}"${value.includes(o.id) ? ' checked' : ''}${required && type === 'radio' ? ' required' : ''}${described}><span>${esc(tr(o.label, lang))}</span></label>`)
      .join('');
  } else if (q.type === 'short_text') {
    body = `<input type="text" name="${name}" maxlength="500" aria-labelledby="l_${q.id}" value="${esc(value[0] ?? '')}"${required ? ' required' : ''}${described}>`;
  } else {
    body = `<textarea name="${name}" maxlength="5000" aria-labelledby="l_${q.id}"${required ? ' required' : ''}${described}>${esc(value[0] ?? '')}</textarea>`;
  }
  const showIf = q.showIf ? ` data-show-if="${esc(JSON.stringify(q.showIf))}"` : '';
  const err = error ? `<p class="err" id="${errId}">${esc(error)}</p>` : '';
  return `<fieldset data-q="${esc(q.id)}"${showIf}${error ? ' aria-invalid="true"' : ''}>${legend}${body}${err}</fieldset>`;
}

/** The response form: a plain HTML form (works without JS); a few lines of JS add the skip logic. */
export function formPage(
  lang: Lang,
  survey: PageSurvey,
  opts: { action: string; otherLangHref: string; values?: Record<string, string[]>; errors?: { path: string; message: string }[]; greeting?: string | null },
) {
  const t = T[lang];
  const errs = new Map((opts.errors ?? []).map((e) => [e.path.replace(/^answers\./, ''), e.message === 'required' ? t.msgRequired : t.msgInvalid]));
  const alert = errs.size
    ? `<div class="alert" role="alert"><strong>${t.fix}</strong><ul>${survey.questions
        .map((q, i) => (errs.has(q.id) ? `<li><a href="#l_${q.id}">${i + 1}. ${esc(tr(q.text, lang))}</a>: ${esc(errs.get(q.id)!)}</li>` : ''))
        .join('')}</ul></div>`
    : '';
  const body = `<a class="lang" href="${esc(opts.otherLangHref)}" hreflang="${lang === 'vi' ? 'en' : 'vi'}">${t.other}</a>
<p class="org">${esc(survey.workspaceName)}</p><h1>${esc(survey.name)}</h1>${opts.greeting ? `<p>${esc(t.hello(opts.greeting))}</p>` : ''}
${survey.anonymous ? `<p class="note">${t.anonymous}</p>` : ''}${alert}
<form method="post" action="${esc(opts.action)}" novalidate><input type="hidden" name="lang" value="${lang}">
${survey.questions.map((q, i) => questionHtml(q, i, lang, opts.values?.[q.id] ?? [], errs.get(q.id))).join('\n')}
<button type="submit">${t.submit}</button></form>`;
  return page(lang, survey.name, body, survey.questions.some((q) => q.showIf));
}
