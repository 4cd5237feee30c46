import multipart from '@fastify/multipart';
import { MAX_INTERACTION_FILE_BYTES, ZCreateInteractionRequest, ZId, ZInteraction, ZInteractionListQuery, page } from '@tandem/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authorize } from '../../platform/auth/policy';
import { AppError } from '../../platform/errors';
import { problemResponses } from '../../platform/http/responses';
import { readUpload, sendFile } from '../../platform/http/files';
import { addAttachment, createInteraction, getInteraction, listInteractions, readAttachment, removeAttachment } from './interactions.service';

const tags = ['interactions'];

export const interactionsRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(multipart, { limits: { fileSize: MAX_INTERACTION_FILE_BYTES, files: 1, fields: 5 } });
  app.get(
    '/api/v1/interactions',
    { schema: { tags, summary: 'Interactions, newest first', querystring: ZInteractionListQuery, response: { 200: page(ZInteraction), ...problemResponses } } },
    (request) => request.inWorkspace((tx, auth) => listInteractions(tx, auth, request.query)),
  );
  app.post(
    '/api/v1/interactions',
    {
      schema: {
        tags,
        summary: 'Log an interaction, or push one from a call center or chat (matched by phone or e-mail)',
        description:
          'Send an `Idempotency-Key` header (any unique string up to 200 characters) so that a retried webhook never logs twice: the retry answers 200 with the first result and `Idempotent-Replayed: true`.',
        headers: z.object({ 'idempotency-key': z.string().min(1).max(200).optional() }).loose(),
        body: ZCreateInteractionRequest,
        response: { 200: ZInteraction, 201: ZInteraction, ...problemResponses },
      },
    },
    async (request, reply) => {
      const key = request.headers['idempotency-key'];
      if (Array.isArray(key)) throw new AppError('validation_failed', 'One Idempotency-Key only', { errors: [{ path: 'idempotency-key', message: 'repeated', location: 'headers' }] });
      const { interaction, replayed } = await request.inWorkspace((tx, auth) => createInteraction(tx, auth, request.body, key ?? null));
      if (replayed) reply.header('idempotent-replayed', 'true');
      return reply.status(replayed ? 200 : 201).send(interaction);
    },
  );
  app.get('/api/v1/interactions/:id', { schema: { tags, summary: 'One interaction', params: z.object({ id: ZId }), response: { 200: ZInteraction, ...problemResponses } } }, (request) =>
    request.inWorkspace((tx, auth) => getInteraction(tx, auth, request.params.id)),
  );
  app.post(
    '/api/v1/interactions/:id/attachments',
    {
      schema: {
        tags,
        summary: 'Attach a file to an interaction (multipart: one "file" part, at most 15 MB)',
        description: 'PDF, images, Word, Excel, CSV, plain text or audio (call recordings). Answers the interaction with all its attachments.',
        consumes: ['multipart/form-data'],
        params: z.object({ id: ZId }),
        response: { 201: ZInteraction, ...problemResponses, 413: problemResponses[400] },
      },
    },
    async (request, reply) => {
      authorize(request.workspace().role, 'interactions.write'); // before reading up to 15 MB
      const { file } = await readUpload(request, MAX_INTERACTION_FILE_BYTES);
      const interaction = await request.inWorkspace((tx, auth) => addAttachment(tx, auth, request.params.id, file));
      return reply.status(201).send(interaction);
    },
  );
  app.get(
    '/api/v1/interactions/:id/attachments/:attachmentId',
    { schema: { tags, summary: 'Download an attachment of an interaction', params: z.object({ id: ZId, attachmentId: ZId }) } },
    async (request, reply) => {
      const file = await request.inWorkspace((tx, auth) => readAttachment(tx, auth, request.params.id, request.params.attachmentId));
      return sendFile(reply, file);
    },
  );
  app.delete(
    '/api/v1/interactions/:id/attachments/:attachmentId',
    { schema: { tags, summary: 'Remove an uploaded attachment from an interaction', params: z.object({ id: ZId, attachmentId: ZId }), response: { 204: z.null(), ...problemResponses } } },
    async (request, reply) => {
      await request.inWorkspace((tx, auth) => removeAttachment(tx, auth, request.params.id, request.params.attachmentId));
      return reply.status(204).send(null);
    },
  );
};
