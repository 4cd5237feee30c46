/**
 * Receiving an import upload: the multipart `file` part is streamed to disk (never buffered), its kind
 * and encoding are read from its first bytes, and a CSV is checked to decode — and its records counted
 * — while it is written, so a bad file is refused with a clear message before anything else happens.
 */
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../platform/errors';
import { sniff, TextChecker, type FileKind } from './import-file';

export type Upload = {
  path: string;
  fileName: string;
  kind: FileKind;
  bytes: number;
  /** CSV: records counted while writing (header included); null for XLSX. */
  records: number | null;
  /** The text fields sent beside the file. */
  fields: Record<string, string>;
};

/** Sniffs the first bytes, checks the text encoding and counts records as bytes pass through. */
class UploadInspector extends Transform {
  kind: FileKind | null = null;
  bytes = 0;
  private head: Buffer[] = [];
  private headBytes = 0;
  private checker: TextChecker | null = null;
  records: number | null = null;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback) {
    try {
      this.bytes += chunk.length;
      if (!this.kind) {
        // Hold the first bytes until there are enough to tell the kind; then pass them on at once.
        this.head.push(chunk);
        this.headBytes += chunk.length;
        if (this.headBytes >= 4096) this.start();
        return done();
      }
      this.checker?.push(chunk);
      done(null, chunk);
    } catch (error) {
      done(error as Error);
    }
  }

  private start() {
    const head = Buffer.concat(this.head);
    this.head = [];
    this.kind = sniff(head);
    if (this.kind.format === 'csv') {
      this.checker = new TextChecker(this.kind.encoding);
      this.checker.push(head);
    }
    this.push(head);
  }

  override _flush(done: TransformCallback) {
    try {
      if (!this.kind) this.start();
      if (this.checker) this.records = this.checker.end();
      done();
    } catch (error) {
      done(error as Error);
    }
  }
}

const isTooLarge = (error: unknown) => (error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE' || (error as { statusCode?: number }).statusCode === 413;

/**
 * Reads a multipart import request: one `file` part (streamed to `dir`) and text fields. Throws 400
 * without a file, 413 past `maxBytes`, 422 for a file that cannot be read; the partial file is removed.
 */
export async function receiveUpload(request: FastifyRequest, dir: string, maxBytes: number): Promise<Upload> {
  if (!request.isMultipart()) {
    throw new AppError('unsupported_media_type', 'Send the file as multipart/form-data with a "file" part and the fields entity, mapping, onDuplicate, dryRun');
  }
  await mkdir(dir, { recursive: true });
  const fields: Record<string, string> = {};
  let upload: Omit<Upload, 'fields'> | null = null;
  let target: string | null = null;
  try {
    for await (const part of request.parts({ limits: { fileSize: maxBytes, files: 1, fields: 20, fieldSize: 200_000 } })) {
      if (part.type === 'field') {
        fields[part.fieldname] = String(part.value);
        continue;
      }
      if (part.fieldname !== 'file' || upload) {
        part.file.resume();
        throw new AppError('validation_failed', 'Send exactly one file, in the part named "file"', { errors: [{ path: 'file', message: 'one file part named file' }] });
      }
      target = path.join(dir, `${randomUUID()}.upload`);
      const inspector = new UploadInspector();
      await pipeline(part.file, inspector, createWriteStream(target));
      if (part.file.truncated) throw new AppError('payload_too_large', `The file is larger than the limit of ${maxBytes} bytes (IMPORT_MAX_BYTES)`);
      const kind = inspector.kind;
      if (!kind) throw new AppError('unprocessable', 'The file is empty', { errors: [{ path: 'file', message: 'empty' }] });
      upload = { path: target, fileName: (part.filename || 'upload').normalize('NFC').slice(0, 255), kind, bytes: inspector.bytes, records: inspector.records };
    }
  } catch (error) {
    if (target) await rm(target, { force: true });
    if (isTooLarge(error)) throw new AppError('payload_too_large', `The file is larger than the limit of ${maxBytes} bytes (IMPORT_MAX_BYTES)`);
    throw error;
  }
  if (!upload) throw new AppError('validation_failed', 'No file: send it in the multipart part named "file"', { errors: [{ path: 'file', message: 'required' }] });
  return { ...upload, fields };
}
