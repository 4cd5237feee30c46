import {
  ZCreateFeedbackRequest,
  ZFeedback,
  ZFeedbackListQuery,
  ZFeedbackReplyRequest,
  ZId,
  ZLoopMetrics,
  ZLoopMetricsQuery,
  ZProductPhases,
  ZProductPhasesQuery,
  ZUpdateFeedbackRequest,
  page,
} from '@tandem/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemResponses } from '../../platform/http/responses';
import { kickEmailDispatch } from '../email/email.dispatch';
import { createFeedback, getFeedback, listFeedback, loopMetrics, productPhases, replyToFeedback, setProductLaunchDate, updateFeedback } from './feedback.service';

const tags = ['feedback'];
const params = z.object({ id: ZId });

export const feedbackRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/v1/feedback',
    { schema: { tags, summary: 'Log feedback from any channel (complaint, praise, review, suggestion); sentiment is computed unless given', body: ZCreateFeedbackRequest, response: { 201: ZFeedback, ...problemResponses } } },
    async (request, reply) => reply.status(201).send(await request.inWorkspace((tx, auth) => createFeedback(tx, auth, request.body))),
  );
  app.get('/api/v1/feedback', { schema: { tags, summary: 'The feedback inbox, newest first, with filters', querystring: ZFeedbackListQuery, response: { 200: page(ZFeedback), ...problemResponses } } }, (request) =>
    request.inWorkspace((tx, auth) => listFeedback(tx, auth, request.query)),
  );
  app.get(
    '/api/v1/feedback/loop-metrics',
    { schema: { tags, summary: 'Closing the loop: detractors, % contacted, median time to first contact, % closed', querystring: ZLoopMetricsQuery, response: { 200: ZLoopMetrics, ...problemResponses } } },
    (request) => request.inWorkspace((tx, auth) => loopMetrics(tx, auth, request.query)),
  );
  app.get(
    '/api/v1/feedback/products/:id/phases',
    { schema: { tags, summary: "A product's feedback early after launch and mature, side by side", params, querystring: ZProductPhasesQuery, response: { 200: ZProductPhases, ...problemResponses } } },
    (request) => request.inWorkspace((tx, auth) => productPhases(tx, auth, request.params.id, request.query.earlyDays)),
  );
  app.put(
    '/api/v1/feedback/products/:id/launch-date',
    { schema: { tags, summary: "Set a product's launch date (phases count from it)", params, body: z.object({ launchDate: z.iso.date().nullable() }).strict(), response: { 204: z.null(), ...problemResponses } } },
    async (request, reply) => {
      await request.inWorkspace((tx, auth) => setProductLaunchDate(tx, auth, request.params.id, request.body.launchDate));
      return reply.status(204).send(null);
    },
  );
  app.get('/api/v1/feedback/:id', { schema: { tags, summary: 'One piece of feedback', params, response: { 200: ZFeedback, ...problemResponses } } }, (request) =>
    request.inWorkspace((tx, auth) => getFeedback(tx, auth, request.params.id)),
  );
  app.patch(
    '/api/v1/feedback/:id',
    { schema: { tags, summary: 'Status (new → acknowledged → resolved), owner, tags, product, sentiment override', params, body: ZUpdateFeedbackRequest, response: { 200: ZFeedback, ...problemResponses } } },
    (request) => request.inWorkspace((tx, auth) => updateFeedback(tx, auth, request.params.id, request.body)),
  );
  app.post(
    '/api/v1/feedback/:id/reply',
    { schema: { tags, summary: 'Reply to the customer (e-mailed unless sendEmail is false) and record it', params, body: ZFeedbackReplyRequest, response: { 200: ZFeedback, ...problemResponses } } },
    async (request) => {
      const result = await request.inWorkspace((tx, auth) => replyToFeedback(tx, auth, request.params.id, request.body));
      if (result.emailed) await kickEmailDispatch(app.deps, app.log);
      return result.feedback;
    },
  );
};
