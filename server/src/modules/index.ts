import type { FastifyPluginAsync } from 'fastify';
import type { JobDefinition } from '../platform/jobs';
import { apiKeysRoutes } from './api-keys/api-keys.routes';
import { authRoutes } from './auth/auth.routes';
import { purgeSessionsJob } from './auth/auth.jobs';
import { eventsRoutes } from './events/events.routes';
import { healthRoutes } from './health/health.routes';
import { invitationsRoutes } from './invitations/invitations.routes';
import { membersRoutes } from './members/members.routes';
import { workspacesRoutes } from './workspaces/workspaces.routes';
import { customFieldsRoutes } from './custom-fields/custom-fields.routes';
import { organizationsRoutes } from './organizations/organizations.routes';
import { peopleRoutes } from './people/people.routes';
import { searchRoutes } from './search/search.routes';
import { viewsRoutes } from './views/views.routes';
import { exportsRoutes } from './exports/exports.routes';
import { importJob, importSweepJob } from './imports/imports.jobs';
import { importsRoutes } from './imports/imports.routes';
import { geoRoutes } from './geo/geo.routes';
import { interactionsRoutes } from './interactions/interactions.routes';
import { tasksRoutes } from './tasks/tasks.routes';
import { surveyPublicRoutes } from './surveys/public.routes';
import { surveysRoutes } from './surveys/surveys.routes';
import { taskRemindersJob } from './tasks/task-reminders.job';
import { carePlansJob } from './care-plans/care-plans.job';
import { carePlansRoutes } from './care-plans/care-plans.routes';
import { notificationsRoutes } from './notifications/notifications.routes';
import { reportsRoutes } from './reports/reports.routes';
import { timelineRoutes } from './timeline/timeline.routes';
import { emailRoutes } from './email/email.routes';
import { feedbackRoutes } from './feedback/feedback.routes';
import { surveyDistributionRoutes } from './survey-distribution/distribution.routes';
import { surveyDistributionJob } from './survey-distribution/distribution.job';
import { emailDispatchJob } from './email/email.dispatch';
import { purchasesRoutes } from './employee-purchases/purchases.routes';
import { employeeDocumentsRoutes } from './employees/documents.routes';
import { employeesRoutes } from './employees/employees.routes';
import { benefitsRoutes } from './benefits/benefits.routes';
import { hrRemindersJob } from './employees/hr-reminders.job';
import { orgStructureRoutes } from './org-structure/org-structure.routes';
import { serviceDeskRoutes } from './service-desk/service-desk.routes';
import { slaSweepJob } from './service-desk/sla-sweep.job';

/** Every feature's routes. A new feature module adds its plugin here. */
export const registerModules: FastifyPluginAsync = async (app) => {
  for (const routes of [healthRoutes, authRoutes, workspacesRoutes, membersRoutes, invitationsRoutes, apiKeysRoutes, eventsRoutes, customFieldsRoutes, peopleRoutes, organizationsRoutes, searchRoutes, viewsRoutes, geoRoutes, exportsRoutes, importsRoutes, orgStructureRoutes, employeesRoutes, employeeDocumentsRoutes, benefitsRoutes, serviceDeskRoutes, purchasesRoutes, interactionsRoutes, timelineRoutes, tasksRoutes, emailRoutes, surveysRoutes, surveyPublicRoutes, carePlansRoutes, notificationsRoutes, reportsRoutes, feedbackRoutes, surveyDistributionRoutes]) {
    await app.register(routes);
  }
};

/** Every feature's background jobs. */
export const jobDefinitions: JobDefinition[] = [purgeSessionsJob, emailDispatchJob, importJob, importSweepJob, hrRemindersJob, slaSweepJob, taskRemindersJob, carePlansJob, surveyDistributionJob];
