import { ZAuditEvent, ZAuditEventQuery, page } from '@tandem/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problemResponses } from '../../platform/http/responses';
import { listEvents } from './events.service';

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
};
