import { ZSearchHit, ZSearchQuery } from '@tandem/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemResponses } from '../../platform/http/responses';
import { search } from './search.service';
import { wordStatsSource } from './word-stats';

export const searchRoutes: FastifyPluginAsyncZod = async (app) => {
  const wordStats = wordStatsSource(app.deps.database.system);
  app.get(
    '/api/v1/search',
    {
      schema: {
        tags: ['search'],
        summary: 'Find people and organizations by name, phone, e-mail or tax code',
        description: 'Accents and case are ignored ("nguyen van duc" finds "Nguyễn Văn Đức"), phones match in any writing, one typo per word is forgiven. Best matches first.',
        querystring: ZSearchQuery,
        response: { 200: z.object({ data: z.array(ZSearchHit) }), ...problemResponses },
      },
    },
    async (request) => {
      const stats = await wordStats();
      return request.inWorkspace((tx, auth) => search(tx, auth, request.query, stats));
    },
  );
};
