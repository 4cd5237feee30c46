import {
  ZContract,
  ZCreateContractRequest,
  ZCreateEmployeeRequest,
  ZEmployee,
  ZEmployeeListQuery,
  ZId,
  ZTurnoverQuery,
  ZTurnoverRow,
  ZUpdateContractRequest,
  ZUpdateEmployeeRequest,
  page,
} from '@tandem/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemResponses } from '../../platform/http/responses';
import { createContract, listContracts, updateContract } from './contracts.service';
import { notFound } from '../../platform/errors';
import { createEmployee, deleteEmployee, employeeOfUser, getEmployee, listEmployees, updateEmployee } from './employees.service';
import { turnoverReport } from './turnover.service';

const tags = ['employees'];
const params = z.object({ id: ZId });

export const employeesRoutes: FastifyPluginAsyncZod = async (app) => {
  const baseUrl = app.deps.config.PUBLIC_URL;
  app.get(
    '/api/v1/employees',
    { schema: { tags, summary: 'Employees (no salary or contract terms)', querystring: ZEmployeeListQuery, response: { 200: page(ZEmployee), ...problemResponses } } },
    (request) => request.inWorkspace((tx, auth) => listEmployees(tx, auth, baseUrl, request.query)),
  );
  app.post(
    '/api/v1/employees',
    { schema: { tags, summary: 'Add an employee', body: ZCreateEmployeeRequest, response: { 201: ZEmployee, ...problemResponses } } },
    async (request, reply) => reply.status(201).send(await request.inWorkspace((tx, auth) => createEmployee(tx, auth, baseUrl, request.body))),
  );
  app.get(
    '/api/v1/employees/turnover',
    { schema: { tags, summary: 'Turnover and tenure per department for a period', querystring: ZTurnoverQuery, response: { 200: z.object({ data: z.array(ZTurnoverRow) }), ...problemResponses } } },
    (request) => request.inWorkspace((tx, auth) => turnoverReport(tx, auth, request.query)),
  );
  app.get(
    '/api/v1/employees/me',
    { schema: { tags, summary: "The signed-in user's own employee record", response: { 200: ZEmployee, ...problemResponses } } },
    (request) =>
      request.inWorkspace(async (tx, auth) => {
        const me = await employeeOfUser(tx, auth.userId);
        if (!me) throw notFound('Your employee record');
        return getEmployee(tx, auth, baseUrl, me.id);
      }),
  );
  app.get('/api/v1/employees/:id', { schema: { tags, summary: 'One employee', params, response: { 200: ZEmployee, ...problemResponses } } }, (request) =>
    request.inWorkspace((tx, auth) => getEmployee(tx, auth, baseUrl, request.params.id)),
  );
  app.patch(
    '/api/v1/employees/:id',
    { schema: { tags, summary: 'Change an employee (status, department, leaving...)', params, body: ZUpdateEmployeeRequest, response: { 200: ZEmployee, ...problemResponses } } },
    (request) => request.inWorkspace((tx, auth) => updateEmployee(tx, auth, baseUrl, request.params.id, request.body)),
  );
  app.delete('/api/v1/employees/:id', { schema: { tags, summary: 'Remove an employee record', params, response: { 204: z.null(), ...problemResponses } } }, async (request, reply) => {
    await request.inWorkspace((tx, auth) => deleteEmployee(tx, auth, request.params.id));
    return reply.status(204).send(null);
  });
  app.get(
    '/api/v1/employees/:id/contracts',
    { schema: { tags, summary: 'Contracts with salary and terms (HR and owner only)', params, response: { 200: z.object({ data: z.array(ZContract) }), ...problemResponses } } },
    (request) => request.inWorkspace((tx, auth) => listContracts(tx, auth, request.params.id)),
  );
  app.post(
    '/api/v1/employees/:id/contracts',
    { schema: { tags, summary: 'Add a contract (HR and owner only)', params, body: ZCreateContractRequest, response: { 201: ZContract, ...problemResponses } } },
    async (request, reply) => reply.status(201).send(await request.inWorkspace((tx, auth) => createContract(tx, auth, request.params.id, request.body))),
  );
  app.patch(
    '/api/v1/employees/:id/contracts/:contractId',
    {
      schema: { tags, summary: 'Change a contract (HR and owner only)', params: z.object({ id: ZId, contractId: ZId }), body: ZUpdateContractRequest, response: { 200: ZContract, ...problemResponses } },
    },
    (request) => request.inWorkspace((tx, auth) => updateContract(tx, auth, request.params.id, request.params.contractId, request.body)),
  );
};
