import {
  ZCreateCommentRequest,
  ZCreateInternalRequest,
  ZCreateServiceRequest,
  ZId,
  ZInternalCsat,
  ZInternalRequest,
  ZInternalRequestListQuery,
  ZRateRequest,
  ZRequestComment,
  ZService,
  ZUpdateInternalRequest,
  ZUpdateServiceRequest,
  ZUpdateWorkCalendar,
  ZWorkCalendar,
  page,
} from '@tandem/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemResponses } from '../../platform/http/responses';
import { getCalendar, updateCalendar } from './calendar.service';
import { departmentServiceSummary, internalCsat } from './csat.service';
import { addComment, createRequest, getRequest, listComments, listRequests, rateRequest, updateRequest } from './requests.service';
import { createService, getService, listServices, updateService } from './services.service';

const tags = ['service-desk'];
const params = z.object({ id: ZId });
const period = { from: z.iso.date().optional(), to: z.iso.date().optional() };

export const serviceDeskRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/services',
    {
      schema: { tags, summary: 'The service catalog', querystring: z.object({ departmentId: ZId.optional() }).strict(), response: { 200: z.object({ data: z.array(ZService) }), ...problemResponses } },
    },
    (request) => request.inWorkspace((tx, auth) => listServices(tx, auth, request.query.departmentId)),
  );
  app.post(
    '/api/v1/services',
    { schema: { tags, summary: 'Publish a service (form, assignee, SLA in working minutes)', body: ZCreateServiceRequest, response: { 201: ZService, ...problemResponses } } },
    async (request, reply) => reply.status(201).send(await request.inWorkspace((tx, auth) => createService(tx, auth, request.body))),
  );
  app.get('/api/v1/services/:id', { schema: { tags, summary: 'One service', params, response: { 200: ZService, ...problemResponses } } }, (request) =>
    request.inWorkspace((tx, auth) => getService(tx, auth, request.params.id)),
  );
  app.patch(
    '/api/v1/services/:id',
    { schema: { tags, summary: 'Change or retire a service', params, body: ZUpdateServiceRequest, response: { 200: ZService, ...problemResponses } } },
    (request) => request.inWorkspace((tx, auth) => updateService(tx, auth, request.params.id, request.body)),
  );

  app.get(
    '/api/v1/internal-requests',
    { schema: { tags, summary: 'Internal requests, newest first', querystring: ZInternalRequestListQuery, response: { 200: page(ZInternalRequest), ...problemResponses } } },
    (request) => request.inWorkspace((tx, auth) => listRequests(tx, auth, request.query)),
  );
  app.post(
    '/api/v1/internal-requests',
    { schema: { tags, summary: 'Ask a service', body: ZCreateInternalRequest, response: { 201: ZInternalRequest, ...problemResponses } } },
    async (request, reply) => reply.status(201).send(await request.inWorkspace((tx, auth) => createRequest(tx, auth, request.body))),
  );
  app.get(
    '/api/v1/internal-requests/csat',
    {
      schema: {
        tags,
        summary: 'Internal CSAT per department or service, with the number of ratings',
        querystring: z.object({ groupBy: z.enum(['department', 'service']).default('department'), ...period }).strict(),
        response: { 200: z.object({ data: z.array(ZInternalCsat) }), ...problemResponses },
      },
    },
    (request) => request.inWorkspace((tx, auth) => internalCsat(tx, auth, request.query)),
  );
  app.get('/api/v1/internal-requests/:id', { schema: { tags, summary: 'One request with its SLA clocks', params, response: { 200: ZInternalRequest, ...problemResponses } } }, (request) =>
    request.inWorkspace((tx, auth) => getRequest(tx, auth, request.params.id)),
  );
  app.patch(
    '/api/v1/internal-requests/:id',
    { schema: { tags, summary: 'Change status, assignee or priority', params, body: ZUpdateInternalRequest, response: { 200: ZInternalRequest, ...problemResponses } } },
    (request) => request.inWorkspace((tx, auth) => updateRequest(tx, auth, request.params.id, request.body)),
  );
  app.get(
    '/api/v1/internal-requests/:id/comments',
    { schema: { tags, summary: 'Comments on a request', params, response: { 200: z.object({ data: z.array(ZRequestComment) }), ...problemResponses } } },
    (request) => request.inWorkspace((tx, auth) => listComments(tx, auth, request.params.id)),
  );
  app.post(
    '/api/v1/internal-requests/:id/comments',
    { schema: { tags, summary: 'Comment on a request', params, body: ZCreateCommentRequest, response: { 201: ZRequestComment, ...problemResponses } } },
    async (request, reply) => reply.status(201).send(await request.inWorkspace((tx, auth) => addComment(tx, auth, request.params.id, request.body.body))),
  );
  app.post(
    '/api/v1/internal-requests/:id/rating',
    { schema: { tags, summary: 'Rate a resolved request (requester, once)', params, body: ZRateRequest, response: { 201: ZInternalRequest, ...problemResponses } } },
    async (request, reply) => reply.status(201).send(await request.inWorkspace((tx, auth) => rateRequest(tx, auth, request.params.id, request.body))),
  );
  app.get(
    '/api/v1/departments/:id/service-summary',
    {
      schema: {
        tags,
        summary: 'What a department provides and consumes',
        params,
        querystring: z.object(period).strict(),
        response: {
          200: z.object({
            provides: z.object({
              requests: z.number().int(),
              open: z.number().int(),
              resolved: z.number().int(),
              slaCompliance: z.number().nullable(),
              breached: z.number().int(),
              ratings: z.number().int(),
              csat: z.number().nullable(),
              average: z.number().nullable(),
            }),
            consumes: z.array(z.object({ departmentId: ZId, departmentName: z.string(), requests: z.number().int(), ratings: z.number().int(), csat: z.number().nullable() })),
          }),
          ...problemResponses,
        },
      },
    },
    (request) => request.inWorkspace((tx, auth) => departmentServiceSummary(tx, auth, request.params.id, request.query)),
  );
  app.get('/api/v1/work-calendar', { schema: { tags, summary: 'Working days, hours and holidays', response: { 200: ZWorkCalendar, ...problemResponses } } }, (request) =>
    request.inWorkspace((tx, auth) => getCalendar(tx, auth)),
  );
  app.put(
    '/api/v1/work-calendar',
    { schema: { tags, summary: 'Set working days, hours and holidays', body: ZUpdateWorkCalendar, response: { 200: ZWorkCalendar, ...problemResponses } } },
    (request) => request.inWorkspace((tx, auth) => updateCalendar(tx, auth, request.body)),
  );
};
