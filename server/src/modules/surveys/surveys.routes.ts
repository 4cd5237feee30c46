import {
  SURVEY_TEMPLATES,
  ZCreateSurveyRequest,
  ZId,
  ZIssueLinksRequest,
  ZIssueLinksResult,
  ZSubmitResponseRequest,
  ZSubmitResponseResult,
  ZSurvey,
  ZSurveyListQuery,
  ZSurveyResults,
  ZSurveyResultsQuery,
  ZSurveySettings,
  ZUpdateSurveyRequest,
  ZUpdateSurveySettingsRequest,
  page,
} from '@tandem/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemResponses } from '../../platform/http/responses';
import { resultsCsv } from './results-export';
import { surveyResults } from './results.service';
import { issueLinks, submitApiResponse } from './responses.service';
import {
  createSurvey,
  deleteSurvey,
  getSurvey,
  getSurveySettings,
  listSurveys,
  listTemplates,
  setSurveyPublicBase,
  updateSurvey,
  updateSurveySettings,
} from './surveys.service';

const tags = ['surveys'];
const params = z.object({ id: ZId });

export const surveysRoutes: FastifyPluginAsyncZod = async (app) => {
  setSurveyPublicBase(app.deps.config.PUBLIC_URL);
  app.get('/api/v1/surveys', { schema: { tags, summary: 'Surveys, newest first', querystring: ZSurveyListQuery, response: { 200: page(ZSurvey), ...problemResponses } } }, (request) =>
    request.inWorkspace((tx, auth) => listSurveys(tx, auth, request.query)),
  );
  app.get(
    '/api/v1/surveys/templates',
    { schema: { tags, summary: 'Templates to start a survey from', response: { 200: z.object({ data: z.array(z.looseObject({ id: z.enum(SURVEY_TEMPLATES) })) }) } } },
    (request) => request.inWorkspace(async () => ({ data: listTemplates() })),
  );
  app.get('/api/v1/surveys/settings', { schema: { tags, summary: 'Survey settings (anonymity threshold)', response: { 200: ZSurveySettings, ...problemResponses } } }, (request) =>
    request.inWorkspace((tx, auth) => getSurveySettings(tx, auth)),
  );
  app.put(
    '/api/v1/surveys/settings',
    { schema: { tags, summary: 'Change survey settings: the anonymity threshold may be raised, never set below 3', body: ZUpdateSurveySettingsRequest, response: { 200: ZSurveySettings, ...problemResponses } } },
    (request) => request.inWorkspace((tx, auth) => updateSurveySettings(tx, auth, request.body)),
  );
  app.post('/api/v1/surveys', { schema: { tags, summary: 'Create a survey (from a template or from scratch); a draft until activated', body: ZCreateSurveyRequest, response: { 201: ZSurvey, ...problemResponses } } }, async (request, reply) =>
    reply.status(201).send(await request.inWorkspace((tx, auth) => createSurvey(tx, auth, request.body))),
  );
  app.get('/api/v1/surveys/:id', { schema: { tags, summary: 'One survey with its questions', params, response: { 200: ZSurvey, ...problemResponses } } }, (request) =>
    request.inWorkspace((tx, auth) => getSurvey(tx, auth, request.params.id)),
  );
  app.patch(
    '/api/v1/surveys/:id',
    { schema: { tags, summary: 'Change a survey (questions only while draft); status draft → active → closed', params, body: ZUpdateSurveyRequest, response: { 200: ZSurvey, ...problemResponses } } },
    (request) => request.inWorkspace((tx, auth) => updateSurvey(tx, auth, request.params.id, request.body)),
  );
  app.delete('/api/v1/surveys/:id', { schema: { tags, summary: 'Delete a survey (one with responses is hidden, its responses kept)', params, response: { 204: z.null(), ...problemResponses } } }, async (request, reply) => {
    await request.inWorkspace((tx, auth) => deleteSurvey(tx, auth, request.params.id));
    return reply.status(204).send(null);
  });
  app.post(
    '/api/v1/surveys/:id/responses',
    {
      bodyLimit: 64 * 1024,
      schema: { tags, summary: 'Record a response (chatbot, kiosk, app); strictly validated against the survey', params, body: ZSubmitResponseRequest, response: { 201: ZSubmitResponseResult, ...problemResponses } },
    },
    async (request, reply) => reply.status(201).send(await request.inWorkspace((tx, auth) => submitApiResponse(tx, auth, request.params.id, request.body))),
  );
  app.post(
    '/api/v1/surveys/:id/links',
    { schema: { tags, summary: 'Personal one-time links for people/employees, or for the whole audience', params, body: ZIssueLinksRequest, response: { 200: ZIssueLinksResult, ...problemResponses } } },
    (request) => request.inWorkspace((tx, auth) => issueLinks(tx, auth, request.params.id, request.body)),
  );
  app.get(
    '/api/v1/surveys/:id/results',
    { schema: { tags, summary: 'Results: metric with 95% margin of error, distribution, trend, breakdowns, open texts (anonymity threshold applied)', params, querystring: ZSurveyResultsQuery, response: { 200: ZSurveyResults, ...problemResponses } } },
    (request) => request.inWorkspace((tx, auth) => surveyResults(tx, auth, request.params.id, request.query)),
  );
  app.get(
    '/api/v1/surveys/:id/results/export',
    { schema: { tags, summary: 'Results as CSV (same filters; groups under the anonymity threshold say so instead of numbers)', params, querystring: ZSurveyResultsQuery } },
    async (request, reply) => {
      const { name, csv } = await request.inWorkspace(async (tx, auth) => {
        const results = await surveyResults(tx, auth, request.params.id, request.query);
        const s = await getSurvey(tx, auth, request.params.id);
        return { name: s.name, csv: resultsCsv(results) };
      });
      const file = `${name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').replace(/[^\w-]+/g, '-').slice(0, 60) || 'survey'}-results.csv`;
      return reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${file}"`).send(csv);
    },
  );
};
