import {
  ZCreateDepartmentRequest,
  ZCreateLocationRequest,
  ZCreatePositionRequest,
  ZDepartment,
  ZId,
  ZLocation,
  ZPosition,
  ZUpdateDepartmentRequest,
} from '@tandem/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemResponses } from '../../platform/http/responses';
import { createDepartment, createLocation, createPosition, getDepartment, listDepartments, listLocations, listPositions, updateDepartment } from './org-structure.service';

const tags = ['organization-structure'];
const params = z.object({ id: ZId });
const list = <T extends z.ZodType>(item: T) => z.object({ data: z.array(item) });

export const orgStructureRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/v1/departments', { schema: { tags, summary: 'Departments (a tree by parentId)', response: { 200: list(ZDepartment), ...problemResponses } } }, (request) =>
    request.inWorkspace((tx, auth) => listDepartments(tx, auth)),
  );
  app.post(
    '/api/v1/departments',
    { schema: { tags, summary: 'Create a department', body: ZCreateDepartmentRequest, response: { 201: ZDepartment, ...problemResponses } } },
    async (request, reply) => reply.status(201).send(await request.inWorkspace((tx, auth) => createDepartment(tx, auth, request.body))),
  );
  app.get('/api/v1/departments/:id', { schema: { tags, summary: 'One department', params, response: { 200: ZDepartment, ...problemResponses } } }, (request) =>
    request.inWorkspace((tx, auth) => getDepartment(tx, auth, request.params.id)),
  );
  app.patch(
    '/api/v1/departments/:id',
    { schema: { tags, summary: 'Change, move or archive a department', params, body: ZUpdateDepartmentRequest, response: { 200: ZDepartment, ...problemResponses } } },
    (request) => request.inWorkspace((tx, auth) => updateDepartment(tx, auth, request.params.id, request.body)),
  );
  app.get('/api/v1/locations', { schema: { tags, summary: 'Branches and locations', response: { 200: list(ZLocation), ...problemResponses } } }, (request) =>
    request.inWorkspace((tx, auth) => listLocations(tx, auth)),
  );
  app.post(
    '/api/v1/locations',
    { schema: { tags, summary: 'Add a branch or location', body: ZCreateLocationRequest, response: { 201: ZLocation, ...problemResponses } } },
    async (request, reply) => reply.status(201).send(await request.inWorkspace((tx, auth) => createLocation(tx, auth, request.body))),
  );
  app.get('/api/v1/positions', { schema: { tags, summary: 'Positions', response: { 200: list(ZPosition), ...problemResponses } } }, (request) =>
    request.inWorkspace((tx, auth) => listPositions(tx, auth)),
  );
  app.post(
    '/api/v1/positions',
    { schema: { tags, summary: 'Add a position', body: ZCreatePositionRequest, response: { 201: ZPosition, ...problemResponses } } },
    async (request, reply) => reply.status(201).send(await request.inWorkspace((tx, auth) => createPosition(tx, auth, request.body))),
  );
};
