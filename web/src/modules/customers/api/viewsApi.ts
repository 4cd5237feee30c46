import type { TSavedView } from '@tandem/shared';
import { api } from '../../../api/client';

export type ViewEntity = TSavedView['entity'];

export type SaveViewBody = {
  name: string;
  /** Shared with the workspace (managers and up) rather than personal. */
  shared: boolean;
  filter: TSavedView['filter'];
  sort: string | null;
  columns: string[];
};

/** Shared views and the user's own, by name. */
export const listViews = async (entity: ViewEntity): Promise<TSavedView[]> =>
  (await api.get<{ data: TSavedView[] }>('/views', { query: { entity } })).data;

export const createView = (entity: ViewEntity, body: SaveViewBody): Promise<TSavedView> =>
  api.post<TSavedView>('/views', { entity, ...body });

export const updateView = (id: string, body: Partial<SaveViewBody>): Promise<TSavedView> =>
  api.patch<TSavedView>(`/views/${encodeURIComponent(id)}`, body);

export const deleteView = (id: string): Promise<void> => api.delete(`/views/${encodeURIComponent(id)}`);
