import {
  ZAcceptInvitationRequest,
  ZCreateInvitationRequest,
  ZCreateInvitationResponse,
  ZId,
  ZInvitation,
  ZInvitationLookup,
  ZPageQuery,
  ZSessionResponse,
  page,
} from '@tandem/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { setSessionWorkspace } from '../../platform/auth/sessions';
import { sha256 } from '../../platform/auth/secrets';
import { problemResponses } from '../../platform/http/responses';
import { sendNewSession } from '../auth/session-cookie';
import { acceptInvitation, createInvitation, getInvitation, listInvitations, lookupInvitation, revokeInvitation } from './invitations.service';

const tags = ['invitations'];

export const invitationsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { database, config } = app.deps;

  app.get(
    '/api/v1/invitations',
    { schema: { tags, summary: 'Open invitations', querystring: ZPageQuery, response: { 200: page(ZInvitation), ...problemResponses } } },
    (request) => request.inWorkspace((tx, auth) => listInvitations(tx, auth, request.query)),
  );
  app.post(
    '/api/v1/invitations',
    { schema: { tags, summary: 'Invite someone by e-mail', body: ZCreateInvitationRequest, response: { 201: ZCreateInvitationResponse, ...problemResponses } } },
    async (request, reply) => {
      const created = await request.inWorkspace((tx, auth) => createInvitation(tx, auth, config, request.body));
      return reply.status(201).send(created);
    },
  );
  app.get(
    '/api/v1/invitations/:id',
    { schema: { tags, summary: 'One invitation', params: z.object({ id: ZId }), response: { 200: ZInvitation, ...problemResponses } } },
    (request) => request.inWorkspace((tx, auth) => getInvitation(tx, auth, request.params.id)),
  );
  app.delete(
    '/api/v1/invitations/:id',
    { schema: { tags, summary: 'Revoke an invitation', params: z.object({ id: ZId }), response: { 204: z.null(), ...problemResponses } } },
    async (request, reply) => {
      await request.inWorkspace((tx, auth) => revokeInvitation(tx, auth, request.params.id));
      return reply.status(204).send(null);
    },
  );
  app.get(
    '/api/v1/invitations/lookup',
    {
      config: { auth: 'public', rateLimit: { max: 60, timeWindow: '1 minute' } },
      schema: { tags, summary: 'What an invitation link is for (public)', querystring: z.object({ token: z.string().min(10).max(200) }).strict(), response: { 200: ZInvitationLookup, 404: problemResponses[404] } },
    },
    (request) => lookupInvitation(database, request.query.token),
  );
  app.post(
    '/api/v1/invitations/accept',
    {
      config: { auth: 'public', rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: { tags, summary: 'Accept an invitation and sign in (public)', body: ZAcceptInvitationRequest, response: { 200: ZSessionResponse, ...problemResponses } },
    },
    async (request, reply) => {
      const { token, workspaceId } = await acceptInvitation(database, config, request.body, {
        ip: request.ip,
        userAgent: request.headers['user-agent'] ?? null,
      });
      await setSessionWorkspace(database.system, sha256(token), workspaceId);
      return sendNewSession(database.system, config, reply, token);
    },
  );
};
