import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../errors';

/**
 * Stored files (HR documents, interaction attachments): one `file` part of a multipart upload read into
 * memory with a size limit, checked against a list of accepted types, kept as bytea next to its record,
 * and sent back with the right Content-Type and a Content-Disposition that survives Vietnamese names.
 * The route plugin registers `@fastify/multipart` with `limits: { fileSize: maxBytes, files: 1 }`.
 */
export type UploadedFile = { fileName: string; contentType: string; content: Buffer };

/** Office documents, PDF, images and plain text: what a customer or an employee sends us. */
export const DOCUMENT_TYPES = /^(application\/pdf|image\/(png|jpeg|webp)|application\/vnd\.openxmlformats-officedocument\.(wordprocessingml\.document|spreadsheetml\.sheet)|text\/plain)$/;

const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

/** Reads a multipart request's one `file` part and its text fields; 415/413/400 problems otherwise. */
export async function readUpload(request: FastifyRequest, maxBytes: number): Promise<{ file: UploadedFile; fields: Record<string, string> }> {
  if (!request.isMultipart()) throw new AppError('unsupported_media_type', 'Send the file as multipart/form-data with a "file" part');
  let file: UploadedFile | null = null;
  const fields: Record<string, string> = {};
  for await (const part of request.parts()) {
    if (part.type === 'file') {
      let content: Buffer;
      try {
        content = await part.toBuffer();
      } catch (error) {
        if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge(maxBytes);
        throw error;
      }
      if (part.file.truncated) throw tooLarge(maxBytes);
      if (part.fieldname !== 'file') continue;
      file = { fileName: part.filename.normalize('NFC').trim().slice(0, 300) || 'file', contentType: part.mimetype.toLowerCase(), content };
    } else if (typeof part.value === 'string') {
      fields[part.fieldname] = part.value;
    }
  }
  if (!file || file.content.length === 0) throw new AppError('validation_failed', 'No file: send it in the multipart part named "file"', { errors: [{ path: 'file', message: 'required' }] });
  return { file, fields };
}

const tooLarge = (maxBytes: number) =>
  new AppError('payload_too_large', `A file may be at most ${megabytes(maxBytes)}`, { errors: [{ path: 'file', message: `larger than ${megabytes(maxBytes)}` }] });

/** 415 unless the file's type is one of `allowed`; `accepted` names them for the user. */
export function assertFileType(file: UploadedFile, allowed: RegExp, accepted: string) {
  if (!allowed.test(file.contentType)) {
    throw new AppError('unsupported_media_type', `Files may be ${accepted}`, { errors: [{ path: 'file', message: `type ${file.contentType} not accepted` }] });
  }
}

/** An ASCII stand-in for old clients: "Báo giá đợt 1.pdf" → "Bao gia dot 1.pdf". */
export function asciiFileName(name: string): string {
  const plain = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\]/g, '_');
  return plain || 'file';
}

/** Content-Disposition with both the ASCII `filename` and the UTF-8 `filename*` (RFC 6266 / 5987). */
export function contentDisposition(fileName: string, disposition: 'attachment' | 'inline' = 'attachment'): string {
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${disposition}; filename="${asciiFileName(fileName)}"; filename*=UTF-8''${encoded}`;
}

/** Sends a stored file for download: never cached by shared caches, never sniffed into HTML. */
export function sendFile(reply: FastifyReply, file: { fileName: string; contentType: string; content: Buffer }) {
  return reply
    .type(file.contentType)
    .header('content-disposition', contentDisposition(file.fileName))
    .header('cache-control', 'private, no-store')
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', "default-src 'none'; sandbox")
    .send(file.content);
}
