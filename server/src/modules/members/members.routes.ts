import { ZId, ZMember, ZPageQuery, ZUpdateMemberRequest, page } from '@tandem/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemResponses } from '../../platform/http/responses';
import { getMember, listMembers, removeMember, updateMemberRole } from './members.service';

const tags = ['members'];
const params = z.object({ id: ZId });

export const membersRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/members',
    { schema: { tags, summary: 'Members of the current workspace', querystring: ZPageQuery, response: { 200: page(ZMember), ...problemResponses } } },
    (request) => request.inWorkspace((tx, auth) => listMembers(tx, auth, request.query)),
  );
  app.get(
    '/api/v1/members/:id',
    { schema: { tags, summary: 'One member', params, response: { 200: ZMember, ...problemResponses } } },
    (request) => request.inWorkspace((tx, auth) => getMember(tx, auth, request.params.id)),
  );
  app.patch(
    '/api/v1/members/:id',
    { schema: { tags, summary: "Change a member's role", params, body: ZUpdateMemberRequest, response: { 200: ZMember, ...problemResponses } } },
    (request) => request.inWorkspace((tx, auth) => updateMemberRole(tx, auth, request.params.id, request.body.role)),
  );
  app.delete(
    '/api/v1/members/:id',
    { schema: { tags, summary: 'Remove a member from the workspace', params, response: { 204: z.null(), ...problemResponses } } },
    async (request, reply) => {
      await request.inWorkspace((tx, auth) => removeMember(tx, auth, request.params.id));
      return reply.status(204).send(null);
    },
  );
};
