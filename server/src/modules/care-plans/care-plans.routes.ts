import {
  ZCarePlan,
  ZCarePlanListQuery,
  ZCarePlanPreview,
  ZCarePlanPreviewRequest,
  ZCarePlanRun,
  ZCarePlanRunResult,
  ZCreateCarePlanRequest,
  ZId,
  ZPageQuery,
  ZUpdateCarePlanRequest,
  page,
} from '@tandem/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemResponses } from '../../platform/http/responses';
import {
  createCarePlan,
  deleteCarePlan,
  getCarePlan,
  listCarePlanRuns,
  listCarePlans,
  previewCarePlan,
  previewSavedCarePlan,
  runCarePlansNow,
  updateCarePlan,
} from './care-plans.service';

const tags = ['care plans'];
const params = z.object({ id: ZId });
const runBody = z
  .object({
    /** Only this rule (it must be switched on). */
    id: ZId.optional(),
    /** Evaluate as of this Vietnam date instead of today (catching up or testing a rule). */
    today: z.iso.date().optional(),
  })
  .strict()
  .default({});

export const carePlansRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/v1/care-plans', { schema: { tags, summary: 'Care plans (newest first) with their last run and firings', querystring: ZCarePlanListQuery, response: { 200: page(ZCarePlan), ...problemResponses } } }, (request) =>
    request.inWorkspace((tx, auth) => listCarePlans(tx, auth, request.query)),
  );
  app.post('/api/v1/care-plans', { schema: { tags, summary: 'Create a care plan (switched off unless `enabled`)', body: ZCreateCarePlanRequest, response: { 201: ZCarePlan, ...problemResponses } } }, async (request, reply) =>
    reply.status(201).send(await request.inWorkspace((tx, auth) => createCarePlan(tx, auth, request.body))),
  );
  app.post('/api/v1/care-plans/preview', { schema: { tags, summary: 'How many people a rule being written would act on now, with a sample', body: ZCarePlanPreviewRequest, response: { 200: ZCarePlanPreview, ...problemResponses } } }, (request) =>
    request.inWorkspace((tx, auth) => previewCarePlan(tx, auth, request.body)),
  );
  app.post('/api/v1/care-plans/run', { schema: { tags, summary: 'Run the enabled care plans now, as the scheduler does (admins)', body: runBody, response: { 200: ZCarePlanRunResult, ...problemResponses } } }, (request) =>
    request.inWorkspace((tx, auth) => runCarePlansNow(tx, auth, request.body ?? {})),
  );
  app.get('/api/v1/care-plans/:id', { schema: { tags, summary: 'One care plan', params, response: { 200: ZCarePlan, ...problemResponses } } }, (request) =>
    request.inWorkspace((tx, auth) => getCarePlan(tx, auth, request.params.id)),
  );
  app.patch('/api/v1/care-plans/:id', { schema: { tags, summary: 'Change a care plan, or switch it on or off (`{enabled}`)', params, body: ZUpdateCarePlanRequest, response: { 200: ZCarePlan, ...problemResponses } } }, (request) =>
    request.inWorkspace((tx, auth) => updateCarePlan(tx, auth, request.params.id, request.body)),
  );
  app.post('/api/v1/care-plans/:id/enable', { schema: { tags, summary: 'Switch a care plan on', params, response: { 200: ZCarePlan, ...problemResponses } } }, (request) =>
    request.inWorkspace((tx, auth) => updateCarePlan(tx, auth, request.params.id, { enabled: true })),
  );
  app.post('/api/v1/care-plans/:id/disable', { schema: { tags, summary: 'Switch a care plan off', params, response: { 200: ZCarePlan, ...problemResponses } } }, (request) =>
    request.inWorkspace((tx, auth) => updateCarePlan(tx, auth, request.params.id, { enabled: false })),
  );
  app.delete('/api/v1/care-plans/:id', { schema: { tags, summary: 'Delete a care plan (the tasks and e-mails it made stay)', params, response: { 204: z.null(), ...problemResponses } } }, async (request, reply) => {
    await request.inWorkspace((tx, auth) => deleteCarePlan(tx, auth, request.params.id));
    return reply.status(204).send(null);
  });
  app.post('/api/v1/care-plans/:id/preview', { schema: { tags, summary: 'How many people a saved rule would act on now (not counting those it already acted on)', params, response: { 200: ZCarePlanPreview, ...problemResponses } } }, (request) =>
    request.inWorkspace((tx, auth) => previewSavedCarePlan(tx, auth, request.params.id)),
  );
  app.get('/api/v1/care-plans/:id/runs', { schema: { tags, summary: "A care plan's firings, newest first", params, querystring: ZPageQuery, response: { 200: page(ZCarePlanRun), ...problemResponses } } }, (request) =>
    request.inWorkspace((tx, auth) => listCarePlanRuns(tx, auth, request.params.id, request.query)),
  );
};
