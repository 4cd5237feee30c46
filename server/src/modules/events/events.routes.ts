import { ZAuditEvent, ZAuditEventQuery, ZId, page } from '@tandem/shared';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problemResponses } from '../../platform/http/responses';
import { getEvent, listEvents } from './events.service';

export const eventsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/events',
    {
      schema: {
        tags: ['events'],
        summary: 'The audit trail: every create, update and delete, newest first',
        querystring: ZAuditEventQuery,
        response: { 200: page(ZAuditEvent), ...problemResponses },
      },
    },
    (request) => request.inWorkspace((tx, auth) => listEvents(tx, auth, request.query)),
  );
  app.get(
    '/api/v1/events/:id',
    { schema: { tags: ['events'], summary: 'One audit event', params: z.object({ id: ZId }), response: { 200: ZAuditEvent, ...problemResponses } } },
    (request) => request.inWorkspace((tx, auth) => getEvent(tx, auth, request.params.id)),
  );
};
