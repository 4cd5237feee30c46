import { ZCreateSavedViewRequest, ZId, ZSavedView, ZUpdateSavedViewRequest } from '@tandem/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemResponses } from '../../platform/http/responses';
import { createView, deleteView, listViews, updateView } from './views.service';

const tags = ['views'];
const params = z.object({ id: ZId });

export const viewsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/views',
    {
      schema: {
        tags,
        summary: 'Saved views (shared and mine)',
        querystring: z.object({ entity: z.enum(['person', 'organization']).optional() }).strict(),
        response: { 200: z.object({ data: z.array(ZSavedView) }), ...problemResponses },
      },
    },
    (request) => request.inWorkspace((tx, auth) => listViews(tx, auth, request.query.entity)),
  );
  app.post(
    '/api/v1/views',
    { schema: { tags, summary: 'Save a view', body: ZCreateSavedViewRequest, response: { 201: ZSavedView, ...problemResponses } } },
    async (request, reply) => reply.status(201).send(await request.inWorkspace((tx, auth) => createView(tx, auth, request.body))),
  );
  app.patch(
    '/api/v1/views/:id',
    { schema: { tags, summary: 'Change a saved view', params, body: ZUpdateSavedViewRequest, response: { 200: ZSavedView, ...problemResponses } } },
    (request) => request.inWorkspace((tx, auth) => updateView(tx, auth, request.params.id, request.body)),
  );
  app.delete(
    '/api/v1/views/:id',
    { schema: { tags, summary: 'Delete a saved view', params, response: { 204: z.null(), ...problemResponses } } },
    async (request, reply) => {
      await request.inWorkspace((tx, auth) => deleteView(tx, auth, request.params.id));
      return reply.status(204).send(null);
    },
  );
};
