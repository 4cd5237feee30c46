import { ZOrganizationsExportQuery, ZPeopleExportQuery, type ImportEntity } from '@tandem/shared';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemResponses } from '../../platform/http/responses';
import { csvStream, exportPage, pages, startExport, xlsxStream, type ExportQuery } from './exports.service';

const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

async function sendExport(request: FastifyRequest, reply: FastifyReply, entity: ImportEntity, format: 'csv' | 'xlsx', query: ExportQuery) {
  const { columns, first } = await request.inWorkspace((tx, auth) => startExport(tx, auth, entity, query));
  const rows = pages(first, (cursor) => request.inWorkspace((tx) => exportPage(tx, entity, query, cursor)));
  const stamp = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10).replace(/-/g, '');
  const name = `${entity === 'person' ? 'khach-hang' : 'to-chuc'}-${stamp}.${format}`;
  reply.type(CONTENT_TYPES[format]).header('content-disposition', `attachment; filename="${name}"`).header('cache-control', 'no-store');
  const body =
    format === 'csv'
      ? csvStream(columns, rows)
      : xlsxStream(columns, rows, entity === 'person' ? 'Khách hàng' : 'Tổ chức', (error) => request.log.error({ err: error }, 'export failed'));
  return reply.send(body);
}

const describe = (what: string) =>
  `Every ${what} of the list with the same \`filter\` and \`sort\` as the list endpoint, streamed as CSV (UTF-8 with BOM, for Excel) or XLSX. ` +
  '`columns`: comma-separated (see the enum in the schema, custom fields as `cf.<key>`); default: all. Needs the customers.export permission. ' +
  'Headers are in Vietnamese and the file imports back with POST /api/v1/imports.';

export const exportsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/people/export',
    {
      schema: {
        tags: ['people'],
        summary: 'Export people to CSV or XLSX',
        description: describe('person'),
        querystring: ZPeopleExportQuery,
        produces: [CONTENT_TYPES.csv, CONTENT_TYPES.xlsx],
        response: { 200: z.any().describe('The file'), ...problemResponses },
      },
    },
    (request, reply) => sendExport(request, reply, 'person', request.query.format, request.query),
  );
  app.get(
    '/api/v1/organizations/export',
    {
      schema: {
        tags: ['organizations'],
        summary: 'Export organizations to CSV or XLSX',
        description: describe('organization'),
        querystring: ZOrganizationsExportQuery,
        produces: [CONTENT_TYPES.csv, CONTENT_TYPES.xlsx],
        response: { 200: z.any().describe('The file'), ...problemResponses },
      },
    },
    (request, reply) => sendExport(request, reply, 'organization', request.query.format, request.query),
  );
};
