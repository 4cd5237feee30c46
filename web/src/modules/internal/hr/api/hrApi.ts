import { api, apiUrl } from '../../../../api/client';
import type { TContract, TCreateContract, TEmployeeDocument } from '../../common/types';

// Salary, contract terms and HR documents: the server answers these only to HR and the owner.

const id = (value: string) => encodeURIComponent(value);

export const listContracts = async (employeeId: string): Promise<TContract[]> =>
  (await api.get<{ data: TContract[] }>(`/employees/${id(employeeId)}/contracts`)).data;

export const createContract = (employeeId: string, body: TCreateContract): Promise<TContract> =>
  api.post<TContract>(`/employees/${id(employeeId)}/contracts`, body);

export const updateContract = (employeeId: string, contractId: string, body: Partial<TCreateContract>): Promise<TContract> =>
  api.patch<TContract>(`/employees/${id(employeeId)}/contracts/${id(contractId)}`, body);

export const listDocuments = async (employeeId: string): Promise<TEmployeeDocument[]> =>
  (await api.get<{ data: TEmployeeDocument[] }>(`/employees/${id(employeeId)}/documents`)).data;

/** A multipart upload: the file, its title and its kind (contract, ID card, certificate...). */
export const uploadDocument = (employeeId: string, input: { file: File; title: string; kind: string | null }): Promise<TEmployeeDocument> => {
  const form = new FormData();
  form.append('title', input.title);
  if (input.kind) form.append('kind', input.kind);
  // The file goes last: the server reads the fields before it.
  form.append('file', input.file, input.file.name);
  return api.upload<TEmployeeDocument>(`/employees/${id(employeeId)}/documents`, form);
};

/** The download address of a document (same-origin cookie; the server sends it as an attachment). */
export const documentFileUrl = (employeeId: string, documentId: string): string =>
  apiUrl(`/employees/${id(employeeId)}/documents/${id(documentId)}/file`);
