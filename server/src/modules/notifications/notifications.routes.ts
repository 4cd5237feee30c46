import { ZId, ZMarkAllReadRequest, ZMarkAllReadResponse, ZMarkNotificationRequest, ZNotificationListQuery, ZNotificationPage, ZUnreadCount } from '@tandem/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemResponses } from '../../platform/http/responses';
import { getUnreadCount, listNotifications, markAllRead, markNotification } from './notifications.service';

const tags = ['notifications'];

export const notificationsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/v1/notifications', { schema: { tags, summary: 'My notifications, newest first, with the unread count', querystring: ZNotificationListQuery, response: { 200: ZNotificationPage, ...problemResponses } } }, (request) =>
    request.inWorkspace((tx, auth) => listNotifications(tx, auth, request.query)),
  );
  app.get('/api/v1/notifications/unread-count', { schema: { tags, summary: 'How many of my notifications are unread (up to 100)', response: { 200: ZUnreadCount, ...problemResponses } } }, (request) =>
    request.inWorkspace((tx, auth) => getUnreadCount(tx, auth)),
  );
  app.post('/api/v1/notifications/:id/read', { schema: { tags, summary: 'Mark one notification read (or unread with read=false)', params: z.object({ id: ZId }), body: ZMarkNotificationRequest, response: { 200: ZUnreadCount, ...problemResponses } } }, (request) =>
    request.inWorkspace((tx, auth) => markNotification(tx, auth, request.params.id, request.body.read)),
  );
  app.post('/api/v1/notifications/read-all', { schema: { tags, summary: 'Mark all my notifications read', body: ZMarkAllReadRequest, response: { 200: ZMarkAllReadResponse, ...problemResponses } } }, (request) =>
    request.inWorkspace((tx, auth) => markAllRead(tx, auth, request.body.before)),
  );
};
