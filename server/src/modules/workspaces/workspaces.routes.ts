import { ZUpdateWorkspaceRequest, ZWorkspace } from '@tandem/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { authorize } from '../../platform/auth/policy';
import { problemResponses } from '../../platform/http/responses';
import { getWorkspace, updateWorkspace } from './workspaces.service';

const tags = ['workspace'];

export const workspacesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/workspace',
    { schema: { tags, summary: 'The current workspace', response: { 200: ZWorkspace, ...problemResponses } } },
    (request) =>
      request.inWorkspace((tx, auth) => {
        authorize(auth.role, 'workspace.read');
        return getWorkspace(tx, auth.workspaceId);
      }),
  );
  app.patch(
    '/api/v1/workspace',
    { schema: { tags, summary: 'Rename the current workspace', body: ZUpdateWorkspaceRequest, response: { 200: ZWorkspace, ...problemResponses } } },
    (request) =>
      request.inWorkspace((tx, auth) => {
        authorize(auth.role, 'workspace.update');
        return updateWorkspace(tx, auth.workspaceId, request.body);
      }),
  );
};
