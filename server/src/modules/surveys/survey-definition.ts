import { METRIC_OF_KIND, METRIC_QUESTION_TYPE, type SurveyMetric, type TShowIf, type TSurveyKind, type TSurveyQuestion } from '@tandem/shared';
import { AppError, type FieldError } from '../../platform/errors';

/** The answer range of a scale question (null for choice and text questions). */
export function scaleOf(q: Pick<TSurveyQuestion, 'type' | 'scaleMax'>): { min: number; max: number } | null {
  switch (q.type) {
    case 'nps':
      return { min: 0, max: 10 };
    case 'csat':
      return { min: 1, max: 5 };
    case 'ces':
      return { min: 1, max: 7 };
    case 'rating':
      return { min: 1, max: q.scaleMax ?? 5 };
    default:
      return null;
  }
}

export function metricOf(kind: TSurveyKind): SurveyMetric | null {
  return METRIC_OF_KIND[kind];
}

/** The question that carries the metric: the first question of the metric's type. */
export function metricQuestionOf(kind: TSurveyKind, questions: TSurveyQuestion[]): string | null {
  const metric = metricOf(kind);
  if (!metric) return null;
  return questions.find((q) => q.type === METRIC_QUESTION_TYPE[metric])?.id ?? null;
}

/** Check a builder's questions: unique keys, choices with options, skip logic pointing back to an earlier question. */
export function checkQuestions(questions: TSurveyQuestion[], path = 'questions'): void {
  const errors: FieldError[] = [];
  const seen = new Map<string, TSurveyQuestion>();
  questions.forEach((q, i) => {
    if (seen.has(q.id)) errors.push({ path: `${path}.${i}.id`, message: `duplicate question id "${q.id}"` });
    const isChoice = q.type === 'single_choice' || q.type === 'multiple_choice';
    if (isChoice && q.options.length < 2) errors.push({ path: `${path}.${i}.options`, message: 'a choice question needs at least 2 options' });
    if (!isChoice && q.options.length) errors.push({ path: `${path}.${i}.options`, message: `a ${q.type} question has no options` });
    if (new Set(q.options.map((o) => o.id)).size !== q.options.length) errors.push({ path: `${path}.${i}.options`, message: 'duplicate option id' });
    if (q.scaleMax !== undefined && q.type !== 'rating') errors.push({ path: `${path}.${i}.scaleMax`, message: 'only a rating question has scaleMax' });
    if (q.showIf) {
      const target = seen.get(q.showIf.questionId);
      if (!target) errors.push({ path: `${path}.${i}.showIf.questionId`, message: 'must name an earlier question' });
      else if (target.type === 'short_text' || target.type === 'long_text') errors.push({ path: `${path}.${i}.showIf.questionId`, message: 'cannot depend on a text answer' });
      else {
        const values = Array.isArray(q.showIf.value) ? q.showIf.value : [q.showIf.value];
        const scale = scaleOf(target);
        for (const v of values) {
          const ok = scale ? typeof v === 'number' && Number.isInteger(v) && v >= scale.min && v <= scale.max : typeof v === 'string' && target.options.some((o) => o.id === v);
          if (!ok) errors.push({ path: `${path}.${i}.showIf.value`, message: scale ? `must be whole numbers ${scale.min}–${scale.max}` : 'must be option ids of the question' });
        }
        if ((q.showIf.op === 'lte' || q.showIf.op === 'gte') && (!scale || Array.isArray(q.showIf.value))) errors.push({ path: `${path}.${i}.showIf.op`, message: 'lte/gte compare one number of a scale question' });
        if (q.showIf.op === 'in' && !Array.isArray(q.showIf.value)) errors.push({ path: `${path}.${i}.showIf.value`, message: '"in" takes a list' });
        if (q.showIf.op !== 'in' && Array.isArray(q.showIf.value)) errors.push({ path: `${path}.${i}.showIf.value`, message: 'a list needs op "in"' });
      }
    }
    seen.set(q.id, q);
  });
  if (errors.length) throw new AppError('validation_failed', errors[0]!.message, { errors });
}

export type AnswerValue = number | string | string[];
export type NormalizedAnswer = { questionId: string; num: number | null; choices: string[] | null; text: string | null };

/** Does an answer meet a skip-logic condition? (A skipped source question never does.) */
export function conditionHolds(cond: TShowIf, answer: AnswerValue | undefined): boolean {
  if (answer === undefined) return false;
  const given = Array.isArray(answer) ? answer : [answer];
  const values = Array.isArray(cond.value) ? cond.value : [cond.value];
  switch (cond.op) {
    case 'eq':
      return given.some((g) => g === cond.value);
    case 'neq':
      return !given.some((g) => g === cond.value);
    case 'lte':
      return typeof answer === 'number' && answer <= (cond.value as number);
    case 'gte':
      return typeof answer === 'number' && answer >= (cond.value as number);
    case 'in':
      return given.some((g) => values.includes(g));
    default: {
      const never: never = cond.op;
      throw new Error(`unknown op ${String(never)}`);
    }
  }
}

/** Which questions a respondent sees, given their answers (skip logic in question order). */
export function visibleQuestions(questions: TSurveyQuestion[], answers: Record<string, AnswerValue>): Set<string> {
  const shown = new Set<string>();
  for (const q of questions) {
    if (!q.showIf || (shown.has(q.showIf.questionId) && conditionHolds(q.showIf, answers[q.showIf.questionId]))) shown.add(q.id);
  }
  return shown;
}

/**
 * Validate a response strictly: only the survey's own question ids, values in range and of the right
 * kind, required questions answered unless skip logic hides them. `dropHidden` (the no-JS HTML form,
 * which shows every question) discards answers to questions the logic hides instead of refusing them.
 * Errors name the field as `answers.<questionId>`.
 */
export function validateAnswers(
  questions: TSurveyQuestion[],
  raw: Record<string, unknown>,
  options: { dropHidden?: boolean; onlyQuestionIds?: string[] } = {},
): { answers: NormalizedAnswer[]; values: Record<string, AnswerValue> } {
  const errors: FieldError[] = [];
  const byId = new Map(questions.map((q) => [q.id, q]));
  const values: Record<string, AnswerValue> = {};
  for (const [id, value] of Object.entries(raw)) {
    const q = byId.get(id);
    const path = `answers.${id}`;
    if (!q || (options.onlyQuestionIds && !options.onlyQuestionIds.includes(id))) {
      errors.push({ path, message: 'not a question of this survey' });
      continue;
    }
    if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue; // a skip
    const scale = scaleOf(q);
    if (scale) {
      if (typeof value !== 'number' || !Number.isInteger(value) || value < scale.min || value > scale.max) errors.push({ path, message: `must be a whole number ${scale.min}–${scale.max}` });
      else values[id] = value;
    } else if (q.type === 'single_choice') {
      if (typeof value !== 'string' || !q.options.some((o) => o.id === value)) errors.push({ path, message: 'must be one option id of the question' });
      else values[id] = value;
    } else if (q.type === 'multiple_choice') {
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || !q.options.some((o) => o.id === v)) || new Set(value).size !== value.length) {
        errors.push({ path, message: 'must be a list of distinct option ids of the question' });
      } else values[id] = value as string[];
    } else {
      const max = q.type === 'short_text' ? 500 : 5000;
      if (typeof value !== 'string') errors.push({ path, message: 'must be text' });
      else if (value.trim().length > max) errors.push({ path, message: `at most ${max} characters` });
      else if (value.trim()) values[id] = value.trim().normalize('NFC');
    }
  }
  const shown = visibleQuestions(questions, values);
  for (const q of questions) {
    if (options.onlyQuestionIds && !options.onlyQuestionIds.includes(q.id)) continue;
    const path = `answers.${q.id}`;
    if (!shown.has(q.id)) {
      if (values[q.id] !== undefined) {
        if (options.dropHidden) delete values[q.id];
        else if (!errors.some((e) => e.path === path)) errors.push({ path, message: 'skipped by the survey logic: leave it out' });
      }
      continue;
    }
    if (q.required && values[q.id] === undefined && !errors.some((e) => e.path === path)) errors.push({ path, message: 'required' });
  }
  if (errors.length) throw new AppError('validation_failed', `Invalid answer: ${errors[0]!.path} ${errors[0]!.message}`, { errors });
  const answers = questions
    .filter((q) => values[q.id] !== undefined)
    .map((q): NormalizedAnswer => {
      const v = values[q.id]!;
      return { questionId: q.id, num: typeof v === 'number' ? v : null, choices: Array.isArray(v) ? v : q.type === 'single_choice' ? [v as string] : null, text: q.type === 'short_text' || q.type === 'long_text' ? (v as string) : null };
    });
  return { answers, values };
}
