import { ZCreateCustomFieldRequest, ZCustomFieldDefinition, ZId, ZUpdateCustomFieldRequest } from '@tandem/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemResponses } from '../../platform/http/responses';
import { createCustomField, listCustomFields, updateCustomField } from './custom-fields.service';

const tags = ['custom-fields'];

export const customFieldsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/custom-fields',
    {
      schema: {
        tags,
        summary: 'Custom field definitions',
        querystring: z.object({ entity: z.enum(['person', 'organization']).optional() }).strict(),
        response: { 200: z.object({ data: z.array(ZCustomFieldDefinition) }), ...problemResponses },
      },
    },
    (request) => request.inWorkspace((tx, auth) => listCustomFields(tx, auth, request.query.entity)),
  );
  app.post(
    '/api/v1/custom-fields',
    { schema: { tags, summary: 'Define a custom field', body: ZCreateCustomFieldRequest, response: { 201: ZCustomFieldDefinition, ...problemResponses } } },
    async (request, reply) => reply.status(201).send(await request.inWorkspace((tx, auth) => createCustomField(tx, auth, request.body))),
  );
  app.patch(
    '/api/v1/custom-fields/:id',
    {
      schema: { tags, summary: 'Change or archive a custom field', params: z.object({ id: ZId }), body: ZUpdateCustomFieldRequest, response: { 200: ZCustomFieldDefinition, ...problemResponses } },
    },
    (request) => request.inWorkspace((tx, auth) => updateCustomField(tx, auth, request.params.id, request.body)),
  );
};
