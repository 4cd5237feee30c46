import {
  CONSENT_CHANNELS,
  CONSENT_METHODS,
  ZConsentInput,
  ZCreatePersonRequest,
  ZDuplicateMatch,
  ZId,
  ZMergePeopleRequest,
  ZPeopleListQuery,
  ZPerson,
  ZPersonRow,
  ZUpdatePersonRequest,
  page,
} from '@tandem/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemResponses } from '../../platform/http/responses';
import { mergePeople } from './people.merge';
import {
  createPerson,
  deletePerson,
  getPerson,
  listConsentHistory,
  listPeople,
  personDuplicates,
  recordConsent,
  restorePerson,
  updatePerson,
} from './people.service';

const tags = ['people'];
const params = z.object({ id: ZId });
const ZConflict = problemResponses[400].and(z.object({ duplicates: z.array(ZDuplicateMatch).optional() })).describe('A record with the same phone or e-mail exists: `duplicates` lists them');

export const peopleRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/people',
    {
      schema: {
        tags,
        summary: 'List people (filter, sort, cursor)',
        description:
          '`filter` is a JSON array of `{field, op, value}` (ops: eq, neq, in, contains, gt, gte, lt, lte, isEmpty, isNotEmpty; custom fields as `cf.<key>`), combined with AND.',
        querystring: ZPeopleListQuery,
        response: { 200: page(ZPersonRow), ...problemResponses },
      },
    },
    (request) => request.inWorkspace((tx, auth) => listPeople(tx, auth, request.query)),
  );
  app.post(
    '/api/v1/people',
    { schema: { tags, summary: 'Create a person', body: ZCreatePersonRequest, response: { 201: ZPerson, ...problemResponses, 409: ZConflict } } },
    async (request, reply) => reply.status(201).send(await request.inWorkspace((tx, auth) => createPerson(tx, auth, request.body))),
  );
  app.post(
    '/api/v1/people/merge',
    {
      schema: { tags, summary: 'Merge people into one record, keeping every reference', body: ZMergePeopleRequest, response: { 200: ZPerson, ...problemResponses } },
    },
    (request) => request.inWorkspace((tx, auth) => mergePeople(tx, auth, request.body)),
  );
  app.get(
    '/api/v1/people/:id',
    { schema: { tags, summary: 'One person', params, response: { 200: ZPerson, ...problemResponses } } },
    (request) => request.inWorkspace((tx, auth) => getPerson(tx, auth, request.params.id)),
  );
  app.patch(
    '/api/v1/people/:id',
    { schema: { tags, summary: 'Change a person', params, body: ZUpdatePersonRequest, response: { 200: ZPerson, ...problemResponses, 409: ZConflict } } },
    (request) => request.inWorkspace((tx, auth) => updatePerson(tx, auth, request.params.id, request.body)),
  );
  app.delete(
    '/api/v1/people/:id',
    { schema: { tags, summary: 'Delete a person (restorable)', params, response: { 204: z.null(), ...problemResponses } } },
    async (request, reply) => {
      await request.inWorkspace((tx, auth) => deletePerson(tx, auth, request.params.id));
      return reply.status(204).send(null);
    },
  );
  app.post(
    '/api/v1/people/:id/restore',
    { schema: { tags, summary: 'Restore a deleted person', params, response: { 200: ZPerson, ...problemResponses } } },
    (request) => request.inWorkspace((tx, auth) => restorePerson(tx, auth, request.params.id)),
  );
  app.get(
    '/api/v1/people/:id/duplicates',
    { schema: { tags, summary: 'Possible duplicates of a person', params, response: { 200: z.object({ data: z.array(ZDuplicateMatch) }), ...problemResponses } } },
    (request) => request.inWorkspace((tx, auth) => personDuplicates(tx, auth, request.params.id)),
  );
  app.get(
    '/api/v1/people/:id/consents',
    {
      schema: {
        tags,
        summary: "A person's consent history",
        params,
        response: {
          200: z.object({
            data: z.array(
              z.object({
                id: ZId,
                channel: z.enum(CONSENT_CHANNELS),
                status: z.enum(['given', 'withdrawn']),
                method: z.enum(CONSENT_METHODS),
                evidence: z.string().nullable(),
                recordedAt: z.string(),
                recordedByName: z.string().nullable(),
              }),
            ),
          }),
          ...problemResponses,
        },
      },
    },
    (request) => request.inWorkspace((tx, auth) => listConsentHistory(tx, auth, request.params.id)),
  );
  app.post(
    '/api/v1/people/:id/consents',
    { schema: { tags, summary: 'Record consent given or withdrawn for a channel', params, body: ZConsentInput, response: { 201: ZPerson, ...problemResponses } } },
    async (request, reply) => reply.status(201).send(await request.inWorkspace((tx, auth) => recordConsent(tx, auth, request.params.id, request.body))),
  );
};
