import type { TUpdateWorkspaceRequest, TWorkspace } from '@tandem/shared';
import { api } from '../../../api/client';

export const getWorkspace = (): Promise<TWorkspace> => api.get<TWorkspace>('/workspace');

export const updateWorkspace = (body: TUpdateWorkspaceRequest): Promise<TWorkspace> =>
  api.patch<TWorkspace>('/workspace', body);
