import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError, statusOf, type ErrorCode, type FieldError } from '../errors';

const TITLES: Partial<Record<ErrorCode, string>> = {
  validation_failed: 'Your request has invalid fields',
  not_found: 'Not found',
  unauthenticated: 'Sign-in required',
  forbidden: 'Not allowed',
};

/** Write an RFC 9457 problem document. */
export function sendProblem(request: FastifyRequest, reply: FastifyReply, error: AppError, status = error.status) {
  const { errors, ...extra } = error.extra;
  return reply
    .status(status)
    .type('application/problem+json')
    .send({
      type: `https://tandem.dev/problems/${error.code.replace(/_/g, '-')}`,
      title: TITLES[error.code] ?? error.code.replace(/_/g, ' '),
      status,
      code: error.code,
      detail: error.message,
      instance: request.url.split('?')[0],
      ...(errors ? { errors } : {}),
      ...extra,
      requestId: request.id,
    });
}

/** Fastify's own error codes that mean "the client sent something wrong". */
const FASTIFY_CLIENT_ERRORS: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'malformed_request',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'malformed_request',
  FST_ERR_CTP_INVALID_JSON_BODY: 'malformed_request',
};

/** Turn any thrown error into a problem document; only real bugs become 500s (and are logged). */
export function errorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof AppError) return sendProblem(request, reply, error);

  if (hasZodFastifySchemaValidationErrors(error)) {
    const errors: FieldError[] = error.validation.map((v) => ({
      path: v.instancePath.replace(/^\//, '').replace(/\//g, '.') || (error.validationContext ?? ''),
      message: v.message ?? 'invalid',
      location: error.validationContext ?? 'body',
    }));
    const where = error.validationContext === 'querystring' ? 'query' : (error.validationContext ?? 'body');
    return sendProblem(
      request,
      reply,
      new AppError('validation_failed', `The ${where} has ${errors.length} invalid field(s): ${errors.map((e) => e.path || '(root)').join(', ')}`, { errors }),
    );
  }

  if (isResponseSerializationError(error)) {
    request.log.error({ err: error, cause: error.cause }, 'response does not match its schema');
    return sendProblem(request, reply, new AppError('internal', 'Internal error'));
  }

  const mapped = error.code ? FASTIFY_CLIENT_ERRORS[error.code] : undefined;
  if (mapped) return sendProblem(request, reply, new AppError(mapped, error.message));
  if (error.statusCode === 429) return sendProblem(request, reply, new AppError('rate_limited', error.message));
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    // Any other client error Fastify raises (bad JSON, bad headers...) keeps its status.
    return sendProblem(request, reply, new AppError('malformed_request', error.message), error.statusCode);
  }
  const pgCode = postgresCode(error);
  if (pgCode && PG_CLIENT_ERRORS[pgCode]) {
    const [code, message] = PG_CLIENT_ERRORS[pgCode];
    request.log.warn({ err: error }, 'database refused the change');
    return sendProblem(request, reply, new AppError(code, message));
  }
  if (isConnectionError(error)) {
    request.log.error({ err: error }, 'database unavailable');
    return sendProblem(request, reply, new AppError('unavailable', 'The database is not reachable; try again shortly'));
  }
  request.log.error({ err: error }, 'unhandled error');
  return sendProblem(request, reply, new AppError('internal', `Internal error (request ${request.id})`), statusOf('internal'));
}

/**
 * Constraint violations that slip past the services' own checks (e.g. two requests racing to create the
 * same record) are the client's conflict, not a server bug.
 */
const PG_CLIENT_ERRORS: Record<string, [ErrorCode, string]> = {
  '23505': ['conflict', 'A record with the same unique value already exists'],
  '23503': ['unprocessable', 'The record refers to a record that does not exist, or is still referred to'],
  '23514': ['unprocessable', 'A value breaks a rule of the record'],
  '22001': ['validation_failed', 'A value is too long'],
  '22P02': ['validation_failed', 'A value has the wrong format'],
  '42501': ['not_found', 'Not found in this workspace'],
};

/** The SQLSTATE of a database error, also when the query builder wrapped it (drizzle puts it in `cause`). */
function postgresCode(error: unknown): string | undefined {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 3; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}

function isConnectionError(error: FastifyError): boolean {
  const code = postgresCode(error) ?? String(error.code ?? (error.cause as { code?: string } | undefined)?.code);
  return ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', '57P01', '57P03', '08006', '08001'].includes(code);
}
