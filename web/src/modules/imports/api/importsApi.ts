import type { ImportEntity, OnDuplicate, TImport, TImportMapping, TImportPreview, TImportRowIssue, TJobStatus } from '@tandem/shared';
import { api, apiUrl, type Page } from '../../../api/client';

export type ImportSettings = {
  file: File;
  entity: ImportEntity;
  /** None: the server uses the workspace's saved mapping, else the one it suggests. */
  mapping?: TImportMapping;
  onDuplicate: OnDuplicate;
};

function formOf(settings: ImportSettings, dryRun: boolean): FormData {
  const form = new FormData();
  // Text fields first, then the file, which the server streams to disk.
  form.append('entity', settings.entity);
  if (settings.mapping) form.append('mapping', JSON.stringify(settings.mapping));
  form.append('onDuplicate', settings.onDuplicate);
  form.append('dryRun', dryRun ? 'true' : 'false');
  form.append('file', settings.file, settings.file.name);
  return form;
}

/** Reads the file and checks its rows without writing anything: columns, suggested mapping, row errors. */
export const previewImport = (settings: ImportSettings): Promise<TImportPreview> =>
  api.upload<TImportPreview>('/imports', formOf(settings, true));

/** Starts the import; it runs in the background (follow it with `getJob`). */
export const startImport = (settings: ImportSettings): Promise<TImport> => api.upload<TImport>('/imports', formOf(settings, false));

export const getJob = (id: string): Promise<TJobStatus> => api.get<TJobStatus>(`/jobs/${encodeURIComponent(id)}`);

export const getImport = (id: string): Promise<TImport> => api.get<TImport>(`/imports/${encodeURIComponent(id)}`);

export const listImports = (): Promise<Page<TImport>> => api.get<Page<TImport>>('/imports', { query: { limit: 10 } });

export const listImportIssues = (id: string, kind?: TImportRowIssue['kind']): Promise<Page<TImportRowIssue>> =>
  api.get<Page<TImportRowIssue>>(`/imports/${encodeURIComponent(id)}/errors`, { query: { limit: 100, kind } });

/** Every row problem of an import as a CSV file (Excel-friendly). */
export const issuesCsvUrl = (id: string): string => apiUrl(`/imports/${encodeURIComponent(id)}/errors`, { format: 'csv' });

export const rollbackImport = (id: string): Promise<TImport> => api.post<TImport>(`/imports/${encodeURIComponent(id)}/rollback`);
export const resumeImport = (id: string): Promise<TImport> => api.post<TImport>(`/imports/${encodeURIComponent(id)}/resume`);
export const cancelImport = (id: string): Promise<TImport> => api.post<TImport>(`/imports/${encodeURIComponent(id)}/cancel`);
