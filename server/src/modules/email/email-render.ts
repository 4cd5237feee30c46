import { EMAIL_VARIABLES } from '@tandem/shared';
import { AppError, type FieldError } from '../../platform/errors';

/**
 * Variables every template may use. Those about the person (name, firstName, lastName, email, phone,
 * company) are filled from the recipient; the others come from the caller's `variables`.
 */
export const BUILT_IN_VARIABLES = EMAIL_VARIABLES;

export type TemplateValues = Record<string, string | number | null | undefined>;

const VARIABLE = /\{\{\s*([A-Za-z][A-Za-z0-9_]{0,59})\s*\}\}/g;

export function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** The variable names a template text uses, in order of first use. */
export function variablesOf(source: string): string[] {
  return [...new Set([...source.matchAll(VARIABLE)].map((m) => m[1]!))];
}

/**
 * Problems of one template text: malformed `{{`/`}}` and variables that are neither built in nor in
 * `allowed`. Each problem names `field` (e.g. `bodyVi`), so a 400 points at what to fix.
 */
export function checkTemplateText(source: string, field: string, allowed: readonly string[] = []): FieldError[] {
  const errors: FieldError[] = [];
  const known = new Set<string>([...BUILT_IN_VARIABLES, ...allowed]);
  const rest = source.replace(VARIABLE, '');
  if (rest.includes('{{') || rest.includes('}}')) errors.push({ path: field, message: 'malformed variable: write {{name}} (letters, digits, _)' });
  for (const name of variablesOf(source)) {
    if (!known.has(name)) errors.push({ path: field, message: `unknown variable {{${name}}}; known: ${[...known].join(', ')}` });
  }
  return errors;
}

/**
 * Render one template text. With `html`, the text is HTML-escaped (values and the template's own
 * characters alike: a template cannot inject markup), blank lines become paragraphs and line breaks
 * `<br>`. A variable without a value is an error naming `field` — a customer never receives "Chào ,".
 * Throws `validation_failed` (400) listing every problem.
 */
export function renderTemplate(source: string, values: TemplateValues, options: { field: string; html?: boolean; allowed?: readonly string[] }): string {
  const known = [...new Set([...(options.allowed ?? []), ...Object.keys(values)])];
  const errors = checkTemplateText(source, options.field, known);
  const missing = variablesOf(source).filter((name) => {
    const v = values[name];
    return v === undefined || v === null || String(v).trim() === '';
  });
  for (const name of missing) {
    if (!errors.some((e) => e.message.includes(`{{${name}}}`))) errors.push({ path: `variables.${name}`, message: `{{${name}}} is used in ${options.field} but has no value` });
  }
  if (errors.length) throw new AppError('validation_failed', errors.map((e) => e.message).join('; '), { errors });
  const filled = (text: string, escape: (s: string) => string) => text.replace(VARIABLE, (_m, name: string) => escape(String(values[name])));
  if (!options.html) return filled(source, (s) => s);
  // Escape the template around the variables and each value, then lay out paragraphs.
  const parts = source.split(VARIABLE);
  const escaped = parts.map((part, i) => (i % 2 === 1 ? escapeHtml(String(values[part])) : escapeHtml(part))).join('');
  return textToHtml(escaped);
}

/** Already-escaped text to simple HTML: paragraphs on blank lines, `<br>` on line breaks. */
function textToHtml(escaped: string): string {
  return escaped
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/)
    .map((p) => `<p>${p.replace(/\n/g, '<br>')}</p>`)
    .join('\n');
}

/** A plain text body as HTML (escaped), for messages written without a template. */
export function plainTextToHtml(text: string): string {
  return textToHtml(escapeHtml(text));
}

/** The given name of a Vietnamese full name (family name first): the last word. "Nguyễn Văn An" → "An". */
export function firstNameOf(fullName: string): string {
  const words = fullName.trim().split(/\s+/);
  return words[words.length - 1] ?? fullName;
}

/** The family name: the first word. */
export function lastNameOf(fullName: string): string {
  return fullName.trim().split(/\s+/)[0] ?? fullName;
}
