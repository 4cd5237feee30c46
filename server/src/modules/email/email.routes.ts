import {
  ZCreateEmailTemplateRequest,
  ZEmailMessage,
  ZEmailMessageListQuery,
  ZEmailSettings,
  ZEmailTemplate,
  ZEmailTestRequest,
  ZEmailTestResult,
  ZId,
  ZSendEmailRequest,
  ZSendEmailResponse,
  ZUpdateEmailSettingsRequest,
  ZUpdateEmailTemplateRequest,
  page,
} from '@tandem/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemResponses } from '../../platform/http/responses';
import { kickEmailDispatch } from './email.dispatch';
import {
  createTemplate,
  deleteSettings,
  deleteTemplate,
  getMessage,
  getSettings,
  getTemplate,
  listMessages,
  listTemplates,
  retryMessage,
  sendEmail,
  sendTestEmail,
  settingsForTest,
  updateSettings,
  updateTemplate,
} from './email.service';

const tags = ['email'];
const params = z.object({ id: ZId });

export const emailRoutes: FastifyPluginAsyncZod = async (app) => {
  const kick = () => kickEmailDispatch(app.deps, app.log);

  app.get('/api/v1/email/settings', { schema: { tags, summary: 'SMTP settings (the password is never returned)', response: { 200: ZEmailSettings, ...problemResponses } } }, (request) =>
    request.inWorkspace((tx, auth) => getSettings(tx, auth)),
  );
  app.put(
    '/api/v1/email/settings',
    {
      schema: {
        tags,
        summary: 'Save the SMTP settings (omit smtpPassword to keep the stored one)',
        body: ZUpdateEmailSettingsRequest,
        response: { 200: ZEmailSettings, ...problemResponses },
      },
    },
    (request) => request.inWorkspace((tx, auth) => updateSettings(tx, auth, request.body)),
  );
  app.delete('/api/v1/email/settings', { schema: { tags, summary: 'Remove the SMTP settings (mail goes to the outbox)', response: { 204: z.null(), ...problemResponses } } }, async (request, reply) => {
    await request.inWorkspace((tx, auth) => deleteSettings(tx, auth));
    return reply.status(204).send(null);
  });
  app.post(
    '/api/v1/email/settings/test',
    { schema: { tags, summary: 'Send a test message now with the saved settings', body: ZEmailTestRequest, response: { 200: ZEmailTestResult, ...problemResponses } } },
    async (request) => {
      const settings = await request.inWorkspace((tx, auth) => settingsForTest(tx, auth));
      const lang = ((settings as unknown as { default_language?: string }).default_language === 'en' ? 'en' : 'vi') as 'vi' | 'en';
      return sendTestEmail(settings, request.body.to, lang);
    },
  );

  app.get('/api/v1/email/templates', { schema: { tags, summary: 'E-mail templates by name', response: { 200: page(ZEmailTemplate), ...problemResponses } } }, (request) =>
    request.inWorkspace((tx, auth) => listTemplates(tx, auth)),
  );
  app.post(
    '/api/v1/email/templates',
    { schema: { tags, summary: 'Create a template (vi and en texts with {{variables}})', body: ZCreateEmailTemplateRequest, response: { 201: ZEmailTemplate, ...problemResponses } } },
    async (request, reply) => reply.status(201).send(await request.inWorkspace((tx, auth) => createTemplate(tx, auth, request.body))),
  );
  app.get('/api/v1/email/templates/:id', { schema: { tags, summary: 'One template', params, response: { 200: ZEmailTemplate, ...problemResponses } } }, (request) =>
    request.inWorkspace((tx, auth) => getTemplate(tx, auth, request.params.id)),
  );
  app.patch(
    '/api/v1/email/templates/:id',
    { schema: { tags, summary: 'Change a template', params, body: ZUpdateEmailTemplateRequest, response: { 200: ZEmailTemplate, ...problemResponses } } },
    (request) => request.inWorkspace((tx, auth) => updateTemplate(tx, auth, request.params.id, request.body)),
  );
  app.delete('/api/v1/email/templates/:id', { schema: { tags, summary: 'Delete a template', params, response: { 204: z.null(), ...problemResponses } } }, async (request, reply) => {
    await request.inWorkspace((tx, auth) => deleteTemplate(tx, auth, request.params.id));
    return reply.status(204).send(null);
  });

  app.post(
    '/api/v1/email/send',
    {
      schema: {
        tags,
        summary: 'Send e-mail to people or addresses (queued; outbox without SMTP; marketing blocked without consent)',
        description:
          'One message per recipient. Marketing e-mail to a person whose e-mail consent is not given is recorded with status `blocked` and a `blockedReason`, ' +
          'never sent. Without SMTP settings the messages wait in the outbox (`GET /api/v1/outbox`). An unknown or empty template variable is a 400 naming it.',
        body: ZSendEmailRequest,
        response: { 201: ZSendEmailResponse, ...problemResponses },
      },
    },
    async (request, reply) => {
      const result = await request.inWorkspace((tx, auth) => sendEmail(tx, auth, request.body));
      if (result.data.some((m) => m.status === 'queued')) await kick();
      return reply.status(201).send(result);
    },
  );

  app.get('/api/v1/email/messages', { schema: { tags, summary: 'E-mail messages, newest first', querystring: ZEmailMessageListQuery, response: { 200: page(ZEmailMessage), ...problemResponses } } }, (request) =>
    request.inWorkspace((tx, auth) => listMessages(tx, auth, request.query)),
  );
  app.get('/api/v1/email/messages/:id', { schema: { tags, summary: 'One e-mail message', params, response: { 200: ZEmailMessage, ...problemResponses } } }, (request) =>
    request.inWorkspace((tx, auth) => getMessage(tx, auth, request.params.id)),
  );
  app.post(
    '/api/v1/email/messages/:id/retry',
    { schema: { tags, summary: 'Send an outbox, failed or blocked message again (consent re-checked)', params, response: { 200: ZEmailMessage, ...problemResponses } } },
    async (request) => {
      const message = await request.inWorkspace((tx, auth) => retryMessage(tx, auth, request.params.id));
      await kick();
      return message;
    },
  );
  app.get(
    '/api/v1/outbox',
    {
      schema: {
        tags,
        summary: 'Messages not sent: the outbox (no SMTP) by default, or ?status=failed|blocked|queued|sending|sent',
        querystring: ZEmailMessageListQuery,
        response: { 200: page(ZEmailMessage), ...problemResponses },
      },
    },
    (request) => request.inWorkspace((tx, auth) => listMessages(tx, auth, { ...request.query, status: request.query.status ?? 'outbox' })),
  );
};
