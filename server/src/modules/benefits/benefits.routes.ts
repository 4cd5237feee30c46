import {
  ZAssignBenefitRequest,
  ZBenefit,
  ZBenefitHoldersQuery,
  ZBenefitListQuery,
  ZCreateBenefitRequest,
  ZEmployeeBenefit,
  ZEndEmployeeBenefitRequest,
  ZId,
  ZUpdateBenefitRequest,
  ZUpdateEmployeeBenefitRequest,
} from '@tandem/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemResponses } from '../../platform/http/responses';
import {
  assignBenefit,
  createBenefit,
  deleteBenefit,
  deleteEmployeeBenefit,
  endEmployeeBenefit,
  getBenefit,
  listBenefitHolders,
  listBenefits,
  listEmployeeBenefits,
  updateBenefit,
  updateEmployeeBenefit,
} from './benefits.service';

const tags = ['benefits'];
const params = z.object({ id: ZId });
const assignmentParams = z.object({ id: ZId, assignmentId: ZId });
const list = <T extends z.ZodType>(item: T) => z.object({ data: z.array(item) });

/** The benefits and policies catalog, and the benefits each employee holds. Amounts: HR and the owner only. */
export const benefitsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/benefits',
    { schema: { tags, summary: 'The benefits and policies catalog (amounts for HR and the owner only)', querystring: ZBenefitListQuery, response: { 200: list(ZBenefit), ...problemResponses } } },
    (request) => request.inWorkspace((tx, auth) => listBenefits(tx, auth, request.query)),
  );
  app.post(
    '/api/v1/benefits',
    { schema: { tags, summary: 'Add a benefit or policy (HR and owner)', body: ZCreateBenefitRequest, response: { 201: ZBenefit, ...problemResponses } } },
    async (request, reply) => reply.status(201).send(await request.inWorkspace((tx, auth) => createBenefit(tx, auth, request.body))),
  );
  app.get('/api/v1/benefits/:id', { schema: { tags, summary: 'One benefit', params, response: { 200: ZBenefit, ...problemResponses } } }, (request) =>
    request.inWorkspace((tx, auth) => getBenefit(tx, auth, request.params.id)),
  );
  app.patch(
    '/api/v1/benefits/:id',
    { schema: { tags, summary: 'Change or archive a benefit (HR and owner)', params, body: ZUpdateBenefitRequest, response: { 200: ZBenefit, ...problemResponses } } },
    (request) => request.inWorkspace((tx, auth) => updateBenefit(tx, auth, request.params.id, request.body)),
  );
  app.delete(
    '/api/v1/benefits/:id',
    { schema: { tags, summary: 'Delete a benefit nobody has held (otherwise archive it)', params, response: { 204: z.null(), ...problemResponses } } },
    async (request, reply) => {
      await request.inWorkspace((tx, auth) => deleteBenefit(tx, auth, request.params.id));
      return reply.status(204).send(null);
    },
  );
  app.get(
    '/api/v1/benefits/:id/holders',
    { schema: { tags, summary: 'Employees who hold a benefit (today or ever)', params, querystring: ZBenefitHoldersQuery, response: { 200: list(ZEmployeeBenefit), ...problemResponses } } },
    (request) => request.inWorkspace((tx, auth) => listBenefitHolders(tx, auth, request.params.id, request.query)),
  );

  app.get(
    '/api/v1/employees/:id/benefits',
    { schema: { tags, summary: "An employee's benefits, current and past (amounts for HR and the owner only)", params, response: { 200: list(ZEmployeeBenefit), ...problemResponses } } },
    (request) => request.inWorkspace((tx, auth) => listEmployeeBenefits(tx, auth, request.params.id)),
  );
  app.post(
    '/api/v1/employees/:id/benefits',
    { schema: { tags, summary: 'Give an employee a benefit for a period (HR and owner)', params, body: ZAssignBenefitRequest, response: { 201: ZEmployeeBenefit, ...problemResponses } } },
    async (request, reply) => reply.status(201).send(await request.inWorkspace((tx, auth) => assignBenefit(tx, auth, request.params.id, request.body))),
  );
  app.patch(
    '/api/v1/employees/:id/benefits/:assignmentId',
    { schema: { tags, summary: "Change an employee's benefit (dates, amount, notes)", params: assignmentParams, body: ZUpdateEmployeeBenefitRequest, response: { 200: ZEmployeeBenefit, ...problemResponses } } },
    (request) => request.inWorkspace((tx, auth) => updateEmployeeBenefit(tx, auth, request.params.id, request.params.assignmentId, request.body)),
  );
  app.post(
    '/api/v1/employees/:id/benefits/:assignmentId/end',
    { schema: { tags, summary: "End an employee's benefit (today by default)", params: assignmentParams, body: ZEndEmployeeBenefitRequest, response: { 200: ZEmployeeBenefit, ...problemResponses } } },
    (request) => request.inWorkspace((tx, auth) => endEmployeeBenefit(tx, auth, request.params.id, request.params.assignmentId, request.body)),
  );
  app.delete(
    '/api/v1/employees/:id/benefits/:assignmentId',
    { schema: { tags, summary: 'Remove a benefit given by mistake (ending it keeps the history)', params: assignmentParams, response: { 204: z.null(), ...problemResponses } } },
    async (request, reply) => {
      await request.inWorkspace((tx, auth) => deleteEmployeeBenefit(tx, auth, request.params.id, request.params.assignmentId));
      return reply.status(204).send(null);
    },
  );
};
