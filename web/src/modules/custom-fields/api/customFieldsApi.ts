import type { TCustomFieldDefinition } from '@tandem/shared';
import { api } from '../../../api/client';

export type CustomFieldEntity = TCustomFieldDefinition['entity'];

export type CreateCustomFieldBody = Pick<TCustomFieldDefinition, 'entity' | 'key' | 'label' | 'type'> &
  Partial<Pick<TCustomFieldDefinition, 'options' | 'required' | 'position'>>;

export type UpdateCustomFieldBody = Partial<Pick<TCustomFieldDefinition, 'label' | 'options' | 'required' | 'position' | 'archived'>>;

/** Every definition of the workspace (archived ones too), by position. */
export const listCustomFields = async (entity?: CustomFieldEntity): Promise<TCustomFieldDefinition[]> =>
  (await api.get<{ data: TCustomFieldDefinition[] }>('/custom-fields', { query: { entity } })).data;

export const createCustomField = (body: CreateCustomFieldBody): Promise<TCustomFieldDefinition> =>
  api.post<TCustomFieldDefinition>('/custom-fields', body);

export const updateCustomField = (id: string, body: UpdateCustomFieldBody): Promise<TCustomFieldDefinition> =>
  api.patch<TCustomFieldDefinition>(`/custom-fields/${encodeURIComponent(id)}`, body);
