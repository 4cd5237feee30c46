import { ZTimelineItem, ZTimelineQuery, page } from '@tandem/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problemResponses } from '../../platform/http/responses';
import { timeline } from './timeline.service';

export const timelineRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/timeline',
    {
      schema: {
        tags: ['timeline'],
        summary: "A customer's timeline: interactions, tasks, changes and orders, newest first",
        querystring: ZTimelineQuery,
        response: { 200: page(ZTimelineItem), ...problemResponses },
      },
    },
    (request) => request.inWorkspace((tx, auth) => timeline(tx, auth, request.query)),
  );
};
