import type { TAuditEvent, TAuditEventQuery } from '@tandem/shared';
import { api, type Page } from '../../../api/client';

export const listEvents = (query: Partial<TAuditEventQuery>): Promise<Page<TAuditEvent>> =>
  api.get<Page<TAuditEvent>>('/events', { query });
