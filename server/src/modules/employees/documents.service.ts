import { and, desc, eq, getTableColumns } from 'drizzle-orm';
import { employeeDocuments, employees } from '../../db/schema/internal';
import type { WorkspaceAuth } from '../../platform/auth/authenticate';
import { authorize } from '../../platform/auth/policy';
import type { WorkspaceTx } from '../../platform/db/database';
import { notFound } from '../../platform/errors';
import { assertFileType, DOCUMENT_TYPES } from '../../platform/http/files';
import { iso } from '../../platform/http/responses';

/** Largest HR document kept, in bytes (scans of contracts and certificates). */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

const present = (d: Omit<typeof employeeDocuments.$inferSelect, 'content'>) => ({
  id: d.id,
  employeeId: d.employeeId,
  title: d.title,
  kind: d.kind,
  fileName: d.fileName,
  contentType: d.contentType,
  size: d.size,
  createdAt: iso(d.createdAt),
});

async function checkEmployee(tx: WorkspaceTx, employeeId: string) {
  if (!(await tx.select({ id: employees.id }).from(employees).where(eq(employees.id, employeeId))).length) throw notFound('Employee');
}

/** HR documents of an employee (metadata only): HR and the owner. */
export async function listDocuments(tx: WorkspaceTx, auth: WorkspaceAuth, employeeId: string) {
  authorize(auth.role, 'hr.sensitive');
  await checkEmployee(tx, employeeId);
  const { content: _content, ...columns } = getTableColumns(employeeDocuments);
  const rows = await tx.select(columns).from(employeeDocuments).where(eq(employeeDocuments.employeeId, employeeId)).orderBy(desc(employeeDocuments.id));
  return { data: rows.map(present) };
}

export async function addDocument(
  tx: WorkspaceTx,
  auth: WorkspaceAuth,
  employeeId: string,
  file: { title: string; kind: string | null; fileName: string; contentType: string; content: Buffer },
) {
  authorize(auth.role, 'hr.sensitive');
  await checkEmployee(tx, employeeId);
  assertFileType(file, DOCUMENT_TYPES, 'PDF, PNG, JPEG, WebP, Word, Excel or plain text');
  const [row] = await tx
    .insert(employeeDocuments)
    .values({ workspaceId: auth.workspaceId, employeeId, title: file.title, kind: file.kind, fileName: file.fileName, contentType: file.contentType, size: file.content.length, content: file.content, uploadedByUserId: auth.userId })
    .returning();
  return present(row!);
}

export async function readDocument(tx: WorkspaceTx, auth: WorkspaceAuth, employeeId: string, id: string) {
  authorize(auth.role, 'hr.sensitive');
  const [row] = await tx.select().from(employeeDocuments).where(and(eq(employeeDocuments.id, id), eq(employeeDocuments.employeeId, employeeId)));
  if (!row) throw notFound('Document');
  return row;
}
