import type { TSurveyResults } from '@tandem/shared';

const NOT_ENOUGH = 'Không đủ câu trả lời / not enough responses';
const cell = (v: unknown) => {
  const s = v === null || v === undefined ? '' : typeof v === 'number' ? String(Math.round(v * 10) / 10) : String(v);
  const safe = /^[=+\-@]/.test(s) && typeof v !== 'number' ? `'${s}` : s;
  return /[",\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/**
 * Survey results as CSV (UTF-8 with BOM for Excel). Built only from the results object, so every
 * group the anonymity threshold hides is hidden here too.
 */
export function resultsCsv(r: TSurveyResults): string {
  const rows: unknown[][] = [['section', 'group', 'responses', 'value', 'margin_of_error']];
  if (!r.enough) rows.push(['summary', 'all', NOT_ENOUGH, '', '']);
  else {
    rows.push(['summary', 'all', r.responses, r.summary?.value ?? null, r.summary?.marginOfError ?? null]);
    if (r.summary?.nps?.adjusted) rows.push(['summary', 'adjusted_wald', r.responses, r.summary.nps.adjusted.score, r.summary.nps.adjusted.marginOfError]);
    for (const d of r.distribution) rows.push(['distribution', d.value, d.count, '', '']);
    for (const t of r.trend) rows.push(['trend', t.period, t.hidden ? NOT_ENOUGH : t.responses, t.value, t.marginOfError]);
    for (const [dim, list] of Object.entries(r.breakdowns)) for (const b of list) rows.push([dim, b.label || '-', b.hidden ? NOT_ENOUGH : b.responses, b.value, b.marginOfError]);
    for (const o of r.openTexts) rows.push(['open_text', o.questionId, o.score, o.text, '']);
  }
  return `\uFEFF${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}
