import { ZApiKey, ZCreateApiKeyRequest, ZCreateApiKeyResponse, ZId, ZPageQuery, page } from '@tandem/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemResponses } from '../../platform/http/responses';
import { createApiKey, getApiKey, listApiKeys, revokeApiKey } from './api-keys.service';

const tags = ['api-keys'];

export const apiKeysRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/api-keys',
    { schema: { tags, summary: 'API keys of the workspace', querystring: ZPageQuery, response: { 200: page(ZApiKey), ...problemResponses } } },
    (request) => request.inWorkspace((tx, auth) => listApiKeys(tx, auth, request.query)),
  );
  app.post(
    '/api/v1/api-keys',
    { schema: { tags, summary: 'Create an API key (its secret is shown once)', body: ZCreateApiKeyRequest, response: { 201: ZCreateApiKeyResponse, ...problemResponses } } },
    async (request, reply) => reply.status(201).send(await request.inWorkspace((tx, auth) => createApiKey(tx, auth, request.body))),
  );
  app.get(
    '/api/v1/api-keys/:id',
    { schema: { tags, summary: 'One API key (without its secret)', params: z.object({ id: ZId }), response: { 200: ZApiKey, ...problemResponses } } },
    (request) => request.inWorkspace((tx, auth) => getApiKey(tx, auth, request.params.id)),
  );
  app.delete(
    '/api/v1/api-keys/:id',
    { schema: { tags, summary: 'Revoke an API key', params: z.object({ id: ZId }), response: { 204: z.null(), ...problemResponses } } },
    async (request, reply) => {
      await request.inWorkspace((tx, auth) => revokeApiKey(tx, auth, request.params.id));
      return reply.status(204).send(null);
    },
  );
};
