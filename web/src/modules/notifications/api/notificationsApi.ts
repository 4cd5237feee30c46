import type { TNotificationPage, TUnreadCount } from '@tandem/shared';
import { api } from '../../../api/client';

export const listNotifications = (cursor?: string, unread?: boolean): Promise<TNotificationPage> =>
  api.get<TNotificationPage>('/notifications', { query: { limit: 20, cursor, unread: unread ? 'true' : undefined } });
export const unreadCount = (): Promise<TUnreadCount> => api.get<TUnreadCount>('/notifications/unread-count');
export const markRead = (id: string, read = true): Promise<TUnreadCount> => api.post<TUnreadCount>(`/notifications/${encodeURIComponent(id)}/read`, { read });
export const markAllRead = (before?: string): Promise<TUnreadCount & { marked: number }> => api.post('/notifications/read-all', before ? { before } : {});
