import multipart from '@fastify/multipart';
import { ZId } from '@tandem/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { readUpload, sendFile } from '../../platform/http/files';
import { problemResponses } from '../../platform/http/responses';
import { addDocument, listDocuments, MAX_DOCUMENT_BYTES, readDocument } from './documents.service';

const tags = ['employees'];
const ZDocument = z.object({ id: ZId, employeeId: ZId, title: z.string(), kind: z.string().nullable(), fileName: z.string(), contentType: z.string(), size: z.number().int(), createdAt: z.string() });

/** HR documents: multipart upload, listing and download — HR and the owner only. */
export const employeeDocumentsRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(multipart, { limits: { fileSize: MAX_DOCUMENT_BYTES, files: 1, fields: 5 } });
  const params = z.object({ id: ZId });

  app.get(
    '/api/v1/employees/:id/documents',
    { schema: { tags, summary: "An employee's HR documents (HR and owner only)", params, response: { 200: z.object({ data: z.array(ZDocument) }), ...problemResponses } } },
    (request) => request.inWorkspace((tx, auth) => listDocuments(tx, auth, request.params.id)),
  );
  app.post(
    '/api/v1/employees/:id/documents',
    {
      schema: {
        tags,
        summary: 'Upload an HR document (multipart: file, title, kind)',
        consumes: ['multipart/form-data'],
        params,
        response: { 201: ZDocument, ...problemResponses, 413: problemResponses[400] },
      },
    },
    async (request, reply) => {
      const { file, fields } = await readUpload(request, MAX_DOCUMENT_BYTES);
      const title = (fields.title ?? file.fileName).trim().normalize('NFC').slice(0, 300);
      const doc = await request.inWorkspace((tx, auth) => addDocument(tx, auth, request.params.id, { ...file, title, kind: fields.kind?.slice(0, 50) ?? null }));
      return reply.status(201).send(doc);
    },
  );
  app.get(
    '/api/v1/employees/:id/documents/:documentId/file',
    { schema: { tags, summary: 'Download an HR document (HR and owner only)', params: z.object({ id: ZId, documentId: ZId }) } },
    async (request, reply) => {
      const doc = await request.inWorkspace((tx, auth) => readDocument(tx, auth, request.params.id, request.params.documentId));
      return sendFile(reply, doc);
    },
  );
};
