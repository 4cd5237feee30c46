import { ZSubmitResponseRequest } from '@tandem/shared';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../platform/errors';
import { problemResponses } from '../../platform/http/responses';
import { formPage, messagePage, thankYouPage, type Lang } from './public-page';
import { publicSurvey, resolveToken, submitOpenResponse, submitTokenResponse } from './responses.service';
import { scaleOf } from './survey-definition';
import { WIDGET_JS } from './widget';

/**
 * Abuse limits of the public survey endpoints: generous per IP (an office of hundreds behind one
 * address must be able to answer together), strict per token (a personal link answers once anyway).
 */
export const SURVEY_PUBLIC_LIMITS = {
  pagePerIp: 1200,
  submitPerIp: 600,
  perToken: 20,
  bodyBytes: 32 * 1024,
} as const;

const tokenParams = z.object({ token: z.string().max(100) });
const publicParams = z.object({ publicId: z.string().max(40) });
const pageQuery = z.object({ lang: z.enum(['vi', 'en']).optional() }).loose();

function langOf(request: FastifyRequest, explicit?: string | null): Lang {
  if (explicit === 'en' || explicit === 'vi') return explicit;
  const header = String(request.headers['accept-language'] ?? '');
  // The first language the browser prefers among ours (Vietnamese when it names neither).
  for (const part of header.split(',')) {
    const tag = part.trim().slice(0, 2).toLowerCase();
    if (tag === 'vi' || tag === 'en') return tag;
  }
  return 'vi';
}

const CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'self'";
function html(reply: FastifyReply, status: number, body: string) {
  return reply
    .status(status)
    .header('content-type', 'text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .header('content-security-policy', CSP)
    .header('x-content-type-options', 'nosniff')
    .header('referrer-policy', 'no-referrer')
    .send(body);
}

const isJson = (request: FastifyRequest) => String(request.headers['content-type'] ?? '').startsWith('application/json');

/** Form fields `q_<id>` → answers: numbers for scale questions, lists for multiple choice. */
function formAnswers(questions: { id: string; type: string; scaleMax?: number | undefined }[], body: Record<string, string | string[]>) {
  const raw: Record<string, unknown> = {};
  const values: Record<string, string[]> = {};
  for (const [key, v] of Object.entries(body)) {
    if (!key.startsWith('q_')) continue;
    const id = key.slice(2);
    const list = (Array.isArray(v) ? v : [v]).filter((x) => x !== '');
    values[id] = list;
    const q = questions.find((x) => x.id === id);
    if (!q) raw[id] = list[0] ?? '';
    else if (q.type === 'multiple_choice') raw[id] = list;
    else if (scaleOf(q as Parameters<typeof scaleOf>[0])) raw[id] = list[0] === undefined ? undefined : /^\d{1,2}$/.test(list[0]) ? Number(list[0]) : list[0];
    else raw[id] = list[0];
  }
  return { raw, values };
}

/** The JSON body of a programmatic public submit: `{answers, language?}`. */
const ZPublicSubmit = z.object({ answers: ZSubmitResponseRequest.shape.answers, language: z.enum(['vi', 'en']).optional() }).strict();

function parseJsonSubmit(body: unknown) {
  const r = ZPublicSubmit.safeParse(body);
  if (!r.success) {
    const errors = r.error.issues.map((i) => ({ path: i.path.join('.') || 'body', message: i.message }));
    throw new AppError('validation_failed', `Invalid body: ${errors[0]!.path} ${errors[0]!.message}`, { errors });
  }
  return r.data;
}

export const surveyPublicRoutes: FastifyPluginAsyncZod = async (app) => {
  const { database } = app.deps;
  // HTML forms post application/x-www-form-urlencoded (this plugin only).
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: SURVEY_PUBLIC_LIMITS.bodyBytes }, (_req, body, done) => {
    const out: Record<string, string | string[]> = {};
    for (const [k, v] of new URLSearchParams(body as string)) {
      const prev = out[k];
      out[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
    }
    done(null, out);
  });
  const perIp = (max: number) => ({ max, timeWindow: '1 minute', groupId: `surveys-public-${max}` });
  const perToken = app.rateLimit({
    max: SURVEY_PUBLIC_LIMITS.perToken,
    timeWindow: '1 minute',
    keyGenerator: (request) => `survey-token:${(request.params as { token?: string }).token ?? ''}`,
  });

  const other = (path: string, lang: Lang) => `${path}?lang=${lang === 'vi' ? 'en' : 'vi'}`;
  /** Render a failure of the public flow as a page (or a problem document for JSON callers). */
  const fail = (request: FastifyRequest, reply: FastifyReply, error: unknown, lang: Lang) => {
    if (!(error instanceof AppError) || isJson(request)) throw error;
    if (error.code === 'not_found') return html(reply, 404, messagePage(lang, 'notFound'));
    if (error.code === 'conflict') return html(reply, 409, messagePage(lang, 'used'));
    if (error.code === 'unprocessable') return html(reply, 410, messagePage(lang, 'closed'));
    throw error;
  };

  // ---- personal one-time link ----
  app.get('/s/:token', { config: { auth: 'public', rateLimit: perIp(SURVEY_PUBLIC_LIMITS.pagePerIp) }, onRequest: perToken, schema: { hide: true, params: tokenParams, querystring: pageQuery } }, async (request, reply) => {
    const lang = langOf(request, request.query.lang);
    const path = `/s/${request.params.token}`;
    try {
      const { recipient, survey } = await resolveToken(database, request.params.token);
      if (recipient.used) return html(reply, 200, messagePage(lang, 'used', other(path, lang)));
      if (survey.status === 'closed') return html(reply, 410, messagePage(lang, 'closed', other(path, lang)));
      return html(reply, 200, formPage(lang, survey, { action: path, otherLangHref: other(path, lang), greeting: survey.anonymous ? null : recipient.person_name }));
    } catch (e) {
      return fail(request, reply, e, lang);
    }
  });
  app.post(
    '/s/:token',
    { config: { auth: 'public', rateLimit: perIp(SURVEY_PUBLIC_LIMITS.submitPerIp) }, onRequest: perToken, bodyLimit: SURVEY_PUBLIC_LIMITS.bodyBytes, schema: { hide: true, params: tokenParams } },
    async (request, reply) => {
      const path = `/s/${request.params.token}`;
      if (isJson(request)) {
        const body = parseJsonSubmit(request.body);
        const r = await submitTokenResponse(database, request.params.token, { raw: body.answers, language: body.language ?? 'vi', dropHidden: false, requestId: request.id });
        return reply.status(201).send({ id: r.id, thankYou: r.survey.thankYou[body.language ?? 'vi'] || r.survey.thankYou.vi });
      }
      const form = (request.body ?? {}) as Record<string, string | string[]>;
      const lang = langOf(request, typeof form.lang === 'string' ? form.lang : null);
      let survey;
      try {
        survey = (await resolveToken(database, request.params.token)).survey;
      } catch (e) {
        return fail(request, reply, e, lang);
      }
      const { raw, values } = formAnswers(survey.questions, form);
      try {
        await submitTokenResponse(database, request.params.token, { raw, language: lang, dropHidden: true, requestId: request.id });
        return html(reply, 200, thankYouPage(lang, survey));
      } catch (e) {
        if (e instanceof AppError && e.code === 'validation_failed') {
          return html(reply, 400, formPage(lang, survey, { action: path, otherLangHref: other(path, lang), values, errors: e.extra.errors ?? [] }));
        }
        return fail(request, reply, e, lang);
      }
    },
  );

  // ---- open link ----
  app.get('/s/p/:publicId', { config: { auth: 'public', rateLimit: perIp(SURVEY_PUBLIC_LIMITS.pagePerIp) }, schema: { hide: true, params: publicParams, querystring: pageQuery } }, async (request, reply) => {
    const lang = langOf(request, request.query.lang);
    const path = `/s/p/${request.params.publicId}`;
    try {
      const survey = await publicSurvey(database, request.params.publicId);
      if (survey.status === 'closed') return html(reply, 410, messagePage(lang, 'closed', other(path, lang)));
      return html(reply, 200, formPage(lang, survey, { action: path, otherLangHref: other(path, lang) }));
    } catch (e) {
      return fail(request, reply, e, lang);
    }
  });
  app.post(
    '/s/p/:publicId',
    { config: { auth: 'public', rateLimit: perIp(SURVEY_PUBLIC_LIMITS.submitPerIp) }, bodyLimit: SURVEY_PUBLIC_LIMITS.bodyBytes, schema: { hide: true, params: publicParams } },
    async (request, reply) => {
      const path = `/s/p/${request.params.publicId}`;
      if (isJson(request)) {
        const body = parseJsonSubmit(request.body);
        const r = await submitOpenResponse(database, request.params.publicId, { raw: body.answers, channel: 'link', language: body.language ?? 'vi', dropHidden: false, requestId: request.id });
        return reply.status(201).send({ id: r.id, thankYou: r.survey.thankYou[body.language ?? 'vi'] || r.survey.thankYou.vi });
      }
      const form = (request.body ?? {}) as Record<string, string | string[]>;
      const lang = langOf(request, typeof form.lang === 'string' ? form.lang : null);
      let survey;
      try {
        survey = await publicSurvey(database, request.params.publicId);
      } catch (e) {
        return fail(request, reply, e, lang);
      }
      const { raw, values } = formAnswers(survey.questions, form);
      try {
        await submitOpenResponse(database, request.params.publicId, { raw, channel: 'link', language: lang, dropHidden: true, requestId: request.id });
        return html(reply, 200, thankYouPage(lang, survey));
      } catch (e) {
        if (e instanceof AppError && e.code === 'validation_failed') {
          return html(reply, 400, formPage(lang, survey, { action: path, otherLangHref: other(path, lang), values, errors: e.extra.errors ?? [] }));
        }
        return fail(request, reply, e, lang);
      }
    },
  );

  // ---- web widget (any origin) ----
  const cors = (reply: FastifyReply) =>
    reply.header('access-control-allow-origin', '*').header('access-control-allow-methods', 'GET, POST, OPTIONS').header('access-control-allow-headers', 'content-type').header('access-control-max-age', '86400');
  app.get('/widget.js', { config: { auth: 'public' }, schema: { hide: true } }, async (_request, reply) =>
    reply.header('content-type', 'application/javascript; charset=utf-8').header('cache-control', 'public, max-age=300').header('access-control-allow-origin', '*').send(WIDGET_JS),
  );
  for (const url of ['/api/v1/public/surveys/:publicId', '/api/v1/public/surveys/:publicId/responses']) {
    app.options(url, { config: { auth: 'public', rateLimit: perIp(SURVEY_PUBLIC_LIMITS.pagePerIp) }, schema: { hide: true } }, async (_request, reply) => cors(reply).status(204).send());
  }
  app.get(
    '/api/v1/public/surveys/:publicId',
    {
      config: { auth: 'public', rateLimit: perIp(SURVEY_PUBLIC_LIMITS.pagePerIp) },
      schema: { tags: ['surveys'], summary: "A survey's first question, for the web widget (public, CORS)", params: publicParams, querystring: pageQuery, response: { 200: z.looseObject({ question: z.unknown() }), ...problemResponses } },
    },
    async (request, reply) => {
      cors(reply);
      const lang = langOf(request, request.query.lang);
      const s = await publicSurvey(database, request.params.publicId);
      if (s.status === 'closed') throw new AppError('unprocessable', 'The survey is closed');
      const q = s.questions[0]!;
      const scale = scaleOf(q);
      const en = lang === 'en';
      const ends = q.type === 'nps' ? (en ? ['Not at all likely', 'Extremely likely'] : ['Chắc chắn không', 'Chắc chắn có']) : q.type === 'ces' ? (en ? ['Strongly disagree', 'Strongly agree'] : ['Hoàn toàn không đồng ý', 'Hoàn toàn đồng ý']) : en ? ['Very dissatisfied', 'Very satisfied'] : ['Rất không hài lòng', 'Rất hài lòng'];
      const t = (x: { vi: string; en: string }) => (en && x.en ? x.en : x.vi);
      return {
        name: s.name,
        question: { id: q.id, type: q.type, text: t(q.text), min: scale?.min ?? null, max: scale?.max ?? null, lowLabel: ends[0], highLabel: ends[1], options: q.options.map((o) => ({ id: o.id, label: t(o.label) })) },
        thankYou: t(s.thankYou),
        submitLabel: en ? 'Send' : 'Gửi',
        errorText: en ? 'Could not send your answer. Please try again.' : 'Chưa gửi được câu trả lời. Vui lòng thử lại.',
      };
    },
  );
  app.post(
    '/api/v1/public/surveys/:publicId/responses',
    {
      config: { auth: 'public', rateLimit: perIp(SURVEY_PUBLIC_LIMITS.submitPerIp) },
      bodyLimit: SURVEY_PUBLIC_LIMITS.bodyBytes,
      schema: { tags: ['surveys'], summary: "Answer a survey's first question from the web widget (public, CORS)", params: publicParams, body: ZPublicSubmit, response: { 201: z.object({ id: z.string(), thankYou: z.string() }), ...problemResponses } },
    },
    async (request, reply) => {
      cors(reply);
      const lang = request.body.language ?? 'vi';
      const r = await submitOpenResponse(database, request.params.publicId, { raw: request.body.answers, channel: 'widget', language: lang, dropHidden: false, requestId: request.id });
      return reply.status(201).send({ id: r.id, thankYou: r.survey.thankYou[lang] || r.survey.thankYou.vi });
    },
  );
};
