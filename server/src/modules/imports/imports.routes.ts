import { Readable } from 'node:stream';
import multipart from '@fastify/multipart';
import { IMPORT_ENTITIES, ZId, ZImport, ZImportErrorsQuery, ZImportMapping, ZImportPreview, ZImportRowIssue, ZJobStatus, ZPageQuery, ZSavedImportMapping, page } from '@tandem/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authorize } from '../../platform/auth/policy';
import { problemResponses } from '../../platform/http/responses';
import { csvLine } from '../exports/csv';
import type { Upload } from './import-upload';
import { receiveUpload } from './import-upload';
import { dispatchImport } from './imports.jobs';
import {
  cancelImport,
  createImport,
  discardUpload,
  getImport,
  getJob,
  listImports,
  listIssues,
  listSavedMappings,
  requestRollback,
  resumeImport,
  saveMapping,
} from './imports.service';

const tags = ['imports'];
const params = z.object({ id: ZId });

export const importsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { config } = app.deps;
  await app.register(multipart, { limits: { fileSize: config.IMPORT_MAX_BYTES, files: 1 } });
  const background = (id: string, action: 'run' | 'rollback') =>
    dispatchImport(app.deps, id, action, (error) => app.log.error({ err: error, importId: id }, `import ${action} failed`));

  app.post(
    '/api/v1/imports',
    {
      schema: {
        tags,
        summary: 'Import people or organizations from a CSV or XLSX file (or preview it with dryRun=true)',
        description:
          'multipart/form-data: a `file` part (CSV in UTF-8 with or without BOM or UTF-16, or XLSX; at most IMPORT_MAX_BYTES) and the fields ' +
          '`entity` (person|organization), `mapping` (JSON: source column → field, e.g. {"Họ và tên":"fullName","SĐT":"phones","Ngân sách":"cf.budget"}; ' +
          'default: the saved mapping, else the suggested one), `onDuplicate` (skip|update|create: rows matching a record or an earlier row by phone, ' +
          'e-mail or tax code), `dryRun` (true: answer 200 with a preview and write nothing), `previewRows`. Otherwise 202: the import runs in the ' +
          'background; follow it with GET /api/v1/jobs/:id.',
        consumes: ['multipart/form-data'],
        response: { 200: ZImportPreview, 202: ZImport, ...problemResponses },
      },
    },
    async (request, reply) => {
      authorize(request.workspace().role, 'customers.import');
      let upload: Upload | null = null;
      try {
        upload = await receiveUpload(request, config.IMPORT_DIR, config.IMPORT_MAX_BYTES);
        const auth = request.workspace();
        const scope = { workspaceId: auth.workspaceId, actorUserId: auth.userId, actorApiKeyId: auth.apiKeyId, requestId: request.id };
        const result = await createImport(app.deps.database, scope, auth, upload);
        if ('preview' in result) {
          await discardUpload(upload);
          return reply.status(200).send(result.preview);
        }
        upload = null;
        await background(result.created.id, 'run');
        return reply.status(202).send(result.created);
      } catch (error) {
        await discardUpload(upload);
        throw error;
      }
    },
  );

  app.get(
    '/api/v1/imports',
    { schema: { tags, summary: "The workspace's imports, newest first", querystring: ZPageQuery, response: { 200: page(ZImport), ...problemResponses } } },
    (request) => request.inWorkspace((tx, auth) => listImports(tx, auth, request.query)),
  );
  app.get(
    '/api/v1/imports/:id',
    { schema: { tags, summary: 'An import: state, counts, whether it can be resumed or rolled back', params, response: { 200: ZImport, ...problemResponses } } },
    (request) => request.inWorkspace((tx, auth) => getImport(tx, auth, request.params.id)),
  );
  app.get(
    '/api/v1/imports/:id/errors',
    {
      schema: {
        tags,
        summary: "An import's row problems (errors and duplicates), in file order; paged JSON or all of them as CSV",
        params,
        querystring: ZImportErrorsQuery,
        response: { 200: page(ZImportRowIssue), ...problemResponses },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const { format, kind, limit, cursor } = request.query;
      const first = await request.inWorkspace((tx, auth) => listIssues(tx, auth, id, { limit: format === 'csv' ? 1000 : limit, cursor, kind }));
      if (format === 'json') return first;
      async function* lines() {
        yield `\uFEFF${csvLine(['Dòng', 'Cột', 'Loại', 'Lý do'])}`;
        let current = first;
        for (;;) {
          for (const i of current.data) yield csvLine([String(i.row), i.column ?? '', i.kind === 'error' ? 'Lỗi' : 'Trùng', i.reason]);
          if (!current.nextCursor) return;
          const next = current.nextCursor;
          current = await request.inWorkspace((tx, auth) => listIssues(tx, auth, id, { limit: 1000, cursor: next, kind }));
        }
      }
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="import-${id}-errors.csv"`)
        // A stream is sent as it is (the response schema describes the JSON form).
        .send(Readable.from(lines()) as never);
    },
  );
  app.post(
    '/api/v1/imports/:id/resume',
    { schema: { tags, summary: 'Resume a failed, interrupted or cancelled import after its last committed row', params, response: { 202: ZImport, ...problemResponses } } },
    async (request, reply) => {
      const resumed = await request.inWorkspace((tx, auth) => resumeImport(tx, auth, request.params.id));
      await background(resumed.id, 'run');
      return reply.status(202).send(resumed);
    },
  );
  app.post(
    '/api/v1/imports/:id/cancel',
    { schema: { tags, summary: 'Stop an import after its current batch (what was written stays: resume or roll back)', params, response: { 200: ZImport, ...problemResponses } } },
    (request) => request.inWorkspace((tx, auth) => cancelImport(tx, auth, request.params.id)),
  );
  app.post(
    '/api/v1/imports/:id/rollback',
    {
      schema: {
        tags,
        summary: 'Undo an import as a whole: delete the records it created, restore the ones it updated',
        description:
          'Records it updated get back the values they had before the import (kept as before-images). Runs in the background: the import ' +
          'is `rolling_back`, then `rolled_back`. A record changed again after the import is restored to its pre-import values too.',
        params,
        response: { 202: ZImport, ...problemResponses },
      },
    },
    async (request, reply) => {
      const marked = await request.inWorkspace((tx, auth) => requestRollback(tx, auth, request.params.id));
      await background(marked.id, 'rollback');
      return reply.status(202).send(marked);
    },
  );
  app.get(
    '/api/v1/jobs/:id',
    { schema: { tags: ['jobs'], summary: 'Status of a background job (an import): state, progress and counts', params, response: { 200: ZJobStatus, ...problemResponses } } },
    (request) => request.inWorkspace((tx, auth) => getJob(tx, auth, request.params.id)),
  );
  app.get(
    '/api/v1/import-mappings',
    { schema: { tags, summary: 'The column mappings remembered per entity (from the last import)', response: { 200: z.object({ data: z.array(ZSavedImportMapping) }), ...problemResponses } } },
    (request) => request.inWorkspace((tx, auth) => listSavedMappings(tx, auth)),
  );
  app.put(
    '/api/v1/import-mappings/:entity',
    {
      schema: {
        tags,
        summary: 'Save the column mapping offered for the next import of an entity',
        params: z.object({ entity: z.enum(IMPORT_ENTITIES) }),
        body: z.object({ mapping: ZImportMapping }).strict(),
        response: { 200: ZSavedImportMapping, ...problemResponses },
      },
    },
    (request) => request.inWorkspace((tx, auth) => saveMapping(tx, auth, request.params.entity, request.body.mapping)),
  );
};
