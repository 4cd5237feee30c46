import { ZCreateTaskRequest, ZId, ZTask, ZTaskListQuery, ZUpdateTaskRequest, page } from '@tandem/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemResponses } from '../../platform/http/responses';
import { createTask, deleteTask, getTask, listTasks, updateTask } from './tasks.service';

const tags = ['tasks'];
const params = z.object({ id: ZId });

export const tasksRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/v1/tasks', { schema: { tags, summary: 'Tasks, soonest due first (mine, overdue, by customer)', querystring: ZTaskListQuery, response: { 200: page(ZTask), ...problemResponses } } }, (request) =>
    request.inWorkspace((tx, auth) => listTasks(tx, auth, request.query)),
  );
  app.post('/api/v1/tasks', { schema: { tags, summary: 'Create a task (assigned to me unless said otherwise)', body: ZCreateTaskRequest, response: { 201: ZTask, ...problemResponses } } }, async (request, reply) =>
    reply.status(201).send(await request.inWorkspace((tx, auth) => createTask(tx, auth, request.body))),
  );
  app.get('/api/v1/tasks/:id', { schema: { tags, summary: 'One task', params, response: { 200: ZTask, ...problemResponses } } }, (request) =>
    request.inWorkspace((tx, auth) => getTask(tx, auth, request.params.id)),
  );
  app.patch('/api/v1/tasks/:id', { schema: { tags, summary: 'Change a task (status moves it on the board)', params, body: ZUpdateTaskRequest, response: { 200: ZTask, ...problemResponses } } }, (request) =>
    request.inWorkspace((tx, auth) => updateTask(tx, auth, request.params.id, request.body)),
  );
  app.delete('/api/v1/tasks/:id', { schema: { tags, summary: 'Delete a task', params, response: { 204: z.null(), ...problemResponses } } }, async (request, reply) => {
    await request.inWorkspace((tx, auth) => deleteTask(tx, auth, request.params.id));
    return reply.status(204).send(null);
  });
};
