import {
  ZCreateDiscountPolicyRequest,
  ZCreateOrderRequest,
  ZCreateProductRequest,
  ZDiscountPolicy,
  ZDiscountUsage,
  ZId,
  ZOrder,
  ZProduct,
  ZReferralSignup,
  ZReferralStats,
  ZUpdateDiscountPolicyRequest,
} from '@tandem/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemResponses } from '../../platform/http/responses';
import { createOrder, createPolicy, createProduct, discountUsage, listPolicies, listProducts, updatePolicy } from './purchases.service';
import { referralLanding, referralSignup, referralStats } from './referrals.service';

const tags = ['employee-purchases'];
const list = <T extends z.ZodType>(item: T) => z.object({ data: z.array(item) });

export const purchasesRoutes: FastifyPluginAsyncZod = async (app) => {
  const { database } = app.deps;
  app.get('/api/v1/discount-policies', { schema: { tags, summary: 'Employee discount policies', response: { 200: list(ZDiscountPolicy), ...problemResponses } } }, (request) =>
    request.inWorkspace((tx, auth) => listPolicies(tx, auth)),
  );
  app.post(
    '/api/v1/discount-policies',
    { schema: { tags, summary: 'Add a discount policy (percent, cap per period, eligibility)', body: ZCreateDiscountPolicyRequest, response: { 201: ZDiscountPolicy, ...problemResponses } } },
    async (request, reply) => reply.status(201).send(await request.inWorkspace((tx, auth) => createPolicy(tx, auth, request.body))),
  );
  app.patch(
    '/api/v1/discount-policies/:id',
    { schema: { tags, summary: 'Change a discount policy', params: z.object({ id: ZId }), body: ZUpdateDiscountPolicyRequest, response: { 200: ZDiscountPolicy, ...problemResponses } } },
    (request) => request.inWorkspace((tx, auth) => updatePolicy(tx, auth, request.params.id, request.body)),
  );
  app.get(
    '/api/v1/discount-policies/usage',
    {
      schema: {
        tags,
        summary: 'Discount used and left this period (mine, or any employee for HR)',
        querystring: z.object({ employeeId: ZId.optional(), at: z.iso.datetime({ offset: true }).optional() }).strict(),
        response: { 200: list(ZDiscountUsage), ...problemResponses },
      },
    },
    (request) => request.inWorkspace((tx, auth) => discountUsage(tx, auth, request.query)),
  );
  app.get('/api/v1/products', { schema: { tags, summary: 'Products', response: { 200: list(ZProduct), ...problemResponses } } }, (request) =>
    request.inWorkspace((tx, auth) => listProducts(tx, auth)),
  );
  app.post(
    '/api/v1/products',
    { schema: { tags, summary: 'Add a product', body: ZCreateProductRequest, response: { 201: ZProduct, ...problemResponses } } },
    async (request, reply) => reply.status(201).send(await request.inWorkspace((tx, auth) => createProduct(tx, auth, request.body))),
  );
  app.post(
    '/api/v1/orders',
    { schema: { tags, summary: 'Place an order (employee discounts apply automatically)', body: ZCreateOrderRequest, response: { 201: ZOrder, ...problemResponses } } },
    async (request, reply) => reply.status(201).send(await request.inWorkspace((tx, auth) => createOrder(tx, auth, request.body))),
  );
  app.get(
    '/api/v1/referrals',
    {
      schema: {
        tags,
        summary: 'Referrals per employee: customers and their revenue',
        querystring: z.object({ departmentId: ZId.optional() }).strict(),
        response: { 200: list(ZReferralStats), ...problemResponses },
      },
    },
    (request) => request.inWorkspace((tx, auth) => referralStats(tx, auth, request.query)),
  );
  const code = z.object({ code: z.string().regex(/^[A-Za-z0-9]{4,20}$/) });
  app.get(
    '/api/v1/public/referrals/:code',
    {
      config: { auth: 'public', rateLimit: { max: 120, timeWindow: '1 minute' } },
      schema: { tags, summary: 'Whose referral link this is (public)', params: code, response: { 200: z.object({ workspaceName: z.string(), employeeName: z.string() }), 404: problemResponses[404] } },
    },
    (request) => referralLanding(database, request.params.code),
  );
  app.post(
    '/api/v1/public/referrals/:code',
    {
      config: { auth: 'public', rateLimit: { max: 20, timeWindow: '1 minute' } },
      schema: { tags, summary: 'Leave your details through a referral link (public)', params: code, body: ZReferralSignup, response: { 202: z.object({ received: z.literal(true) }), ...problemResponses } },
    },
    async (request, reply) => {
      await referralSignup(database, request.params.code, request.body);
      // The same answer whether or not the person was already a customer: the page reveals nothing.
      return reply.status(202).send({ received: true as const });
    },
  );
};
