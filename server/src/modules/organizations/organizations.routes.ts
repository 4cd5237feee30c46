import { ZCreateOrganizationRequest, ZId, ZOrganization, ZOrganizationListQuery, ZOrganizationRow, ZUpdateOrganizationRequest, page } from '@tandem/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemResponses } from '../../platform/http/responses';
import { createOrganization, deleteOrganization, getOrganization, listOrganizations, restoreOrganization, updateOrganization } from './organizations.service';

const tags = ['organizations'];
const params = z.object({ id: ZId });

export const organizationsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/organizations',
    { schema: { tags, summary: 'List organizations (filter, sort, cursor)', querystring: ZOrganizationListQuery, response: { 200: page(ZOrganizationRow), ...problemResponses } } },
    (request) => request.inWorkspace((tx, auth) => listOrganizations(tx, auth, request.query)),
  );
  app.post(
    '/api/v1/organizations',
    { schema: { tags, summary: 'Create an organization', body: ZCreateOrganizationRequest, response: { 201: ZOrganization, ...problemResponses } } },
    async (request, reply) => reply.status(201).send(await request.inWorkspace((tx, auth) => createOrganization(tx, auth, request.body))),
  );
  app.get(
    '/api/v1/organizations/:id',
    { schema: { tags, summary: 'One organization with its people', params, response: { 200: ZOrganization, ...problemResponses } } },
    (request) => request.inWorkspace((tx, auth) => getOrganization(tx, auth, request.params.id)),
  );
  app.patch(
    '/api/v1/organizations/:id',
    { schema: { tags, summary: 'Change an organization', params, body: ZUpdateOrganizationRequest, response: { 200: ZOrganization, ...problemResponses } } },
    (request) => request.inWorkspace((tx, auth) => updateOrganization(tx, auth, request.params.id, request.body)),
  );
  app.delete(
    '/api/v1/organizations/:id',
    { schema: { tags, summary: 'Delete an organization (restorable)', params, response: { 204: z.null(), ...problemResponses } } },
    async (request, reply) => {
      await request.inWorkspace((tx, auth) => deleteOrganization(tx, auth, request.params.id));
      return reply.status(204).send(null);
    },
  );
  app.post(
    '/api/v1/organizations/:id/restore',
    { schema: { tags, summary: 'Restore a deleted organization', params, response: { 200: ZOrganization, ...problemResponses } } },
    (request) => request.inWorkspace((tx, auth) => restoreOrganization(tx, auth, request.params.id)),
  );
};
