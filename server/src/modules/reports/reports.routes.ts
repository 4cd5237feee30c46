import { ZWorkloadExportQuery, ZWorkloadQuery, ZWorkloadReport, type TWorkloadRow } from '@tandem/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemResponses } from '../../platform/http/responses';
import type { ExportColumn, ExportRecord } from '../exports/export-columns';
import { csvStream, xlsxStream } from '../exports/exports.service';
import { WORKLOAD_COLUMNS, workloadReport } from './workload.service';

const tags = ['reports'];
const CONTENT_TYPES = { csv: 'text/csv; charset=utf-8', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } as const;

/** The export's columns over report rows (the exports module's writers take typed records). */
const columns: ExportColumn[] = WORKLOAD_COLUMNS.map((c) => ({
  key: c.key,
  header: c.header,
  width: c.width,
  value: (r: ExportRecord) => {
    const row = r as unknown as TWorkloadRow;
    const v = c.key === 'name' && row.kind === 'team' && !row.departmentId ? 'Chưa có phòng ban' : row[c.key];
    return typeof v === 'number' ? v : v === null || v === undefined ? '' : String(v);
  },
}));

export const reportsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/reports/workload',
    {
      schema: {
        tags,
        summary: 'Workload and performance per employee or team for a period',
        description:
          'Open tasks (now), tasks done in the period and done on time (completed_at <= due_at, over those with a due time), overdue (due in the period, still open), ' +
          'interactions logged, customers owned and CSAT of the customers served. Owner, admin and HR see everyone; a manager their departments and direct reports; ' +
          'anyone else themselves. Each row carries, per figure, the list call that shows the records behind it.',
        querystring: ZWorkloadQuery,
        response: { 200: ZWorkloadReport, ...problemResponses },
      },
    },
    async (request) => {
      const { raw: _raw, ...report } = await request.inWorkspace((tx, auth) => workloadReport(tx, auth, request.query));
      return report;
    },
  );
  app.get(
    '/api/v1/reports/workload/export',
    {
      schema: {
        tags,
        summary: 'The workload report as CSV or XLSX',
        querystring: ZWorkloadExportQuery,
        produces: [CONTENT_TYPES.csv, CONTENT_TYPES.xlsx],
        response: { 200: z.any().describe('The file'), ...problemResponses },
      },
    },
    async (request, reply) => {
      const { format, ...query } = request.query;
      const report = await request.inWorkspace((tx, auth) => workloadReport(tx, auth, query));
      const totalRow = { kind: 'team', departmentId: 'total', name: 'Tổng cộng', departmentName: null, ...report.total } as unknown as TWorkloadRow;
      const records = [...report.rows, totalRow] as unknown as ExportRecord[];
      async function* once() {
        yield records;
      }
      const name = `khoi-luong-cong-viec-${query.from.replace(/-/g, '')}-${query.to.replace(/-/g, '')}.${format}`;
      reply.type(CONTENT_TYPES[format]).header('content-disposition', `attachment; filename="${name}"`).header('cache-control', 'no-store');
      return reply.send(format === 'csv' ? csvStream(columns, once()) : xlsxStream(columns, once(), 'Khối lượng công việc', (error) => request.log.error({ err: error }, 'export failed')));
    },
  );
};
