import { ZId, ZSendSurveyRequest, ZSurveyCampaign, ZSurveyDistributionSettings, ZSurveyTriggers, ZSurveyTriggersRequest, ZUpdateSurveyDistributionSettings } from '@tandem/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemResponses } from '../../platform/http/responses';
import { kickSurveyDistribution } from './distribution.job';
import { getDistributionSettings, getTriggers, listCampaigns, sendSurvey, setTriggers, updateDistributionSettings } from './distribution.service';

const tags = ['surveys'];
const params = z.object({ id: ZId });

export const surveyDistributionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/v1/surveys/:id/send',
    {
      schema: {
        tags,
        summary: "E-mail the survey to its audience: personal one-time links, throttled, one reminder to non-responders, consent and the contact-frequency limit honored",
        params,
        body: ZSendSurveyRequest,
        response: { 202: ZSurveyCampaign, ...problemResponses },
      },
    },
    async (request, reply) => {
      const campaign = await request.inWorkspace((tx, auth) => sendSurvey(tx, auth, request.params.id, request.body));
      await kickSurveyDistribution(app.deps, request.log);
      return reply.status(202).send(campaign);
    },
  );
  app.get('/api/v1/surveys/:id/campaigns', { schema: { tags, summary: "A survey's e-mail campaigns and automatic sends, with counts per status", params, response: { 200: z.object({ data: z.array(ZSurveyCampaign) }), ...problemResponses } } }, (request) =>
    request.inWorkspace((tx, auth) => listCampaigns(tx, auth, request.params.id)),
  );
  app.get('/api/v1/surveys/:id/triggers', { schema: { tags, summary: 'When the survey is sent automatically', params, response: { 200: ZSurveyTriggers, ...problemResponses } } }, (request) =>
    request.inWorkspace((tx, auth) => getTriggers(tx, auth, request.params.id)),
  );
  app.put(
    '/api/v1/surveys/:id/triggers',
    { schema: { tags, summary: 'Set when the survey is sent automatically (after an internal request is resolved, a task is done, an interaction is logged)', params, body: ZSurveyTriggersRequest, response: { 200: ZSurveyTriggers, ...problemResponses } } },
    (request) => request.inWorkspace((tx, auth) => setTriggers(tx, auth, request.params.id, request.body)),
  );
  app.get('/api/v1/survey-distribution/settings', { schema: { tags, summary: 'Contact-frequency limit and sending rate', response: { 200: ZSurveyDistributionSettings, ...problemResponses } } }, (request) =>
    request.inWorkspace((tx, auth) => getDistributionSettings(tx, auth)),
  );
  app.patch(
    '/api/v1/survey-distribution/settings',
    { schema: { tags, summary: 'Change the contact-frequency limit or the sending rate', body: ZUpdateSurveyDistributionSettings, response: { 200: ZSurveyDistributionSettings, ...problemResponses } } },
    (request) => request.inWorkspace((tx, auth) => updateDistributionSettings(tx, auth, request.body)),
  );
};
