import { z } from 'zod';

/** A record id: a UUID (version 7, so ids sort by creation time). */
export const ZId = z.uuid();

/** Query of every list endpoint: `limit` rows after the opaque `cursor` of the previous page. */
export const ZPageQuery = z
  .object({
    /** How many rows to return, 1–200 (default 50). */
    limit: z.coerce.number().int().min(1).max(200).default(50),
    /** `nextCursor` of the previous page; omit for the first page. */
    cursor: z.string().max(500).optional(),
  })
  .strict();
export type TPageQuery = z.infer<typeof ZPageQuery>;

/** The shape of every list response. */
export const page = <T extends z.ZodType>(item: T) =>
  z.object({
    data: z.array(item),
    /** Pass as `cursor` to get the next page; `null` on the last page. */
    nextCursor: z.string().nullable(),
  });

/** An RFC 9457 problem document, as every error is returned. */
export const ZProblem = z.looseObject({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  /** Stable machine-readable code, e.g. `validation_failed`, `not_found`. */
  code: z.string(),
  detail: z.string(),
  instance: z.string().optional(),
  /** For validation errors: each wrong field and why. */
  errors: z
    .array(
      z.object({
        /** Dotted path of the field, e.g. `email` or `phones.0.number`. */
        path: z.string(),
        message: z.string(),
        /** Where the field is: `body` (default), `querystring`, `params` or `headers`. */
        location: z.string().optional(),
      }),
    )
    .optional(),
  requestId: z.string().optional(),
});
export type TProblem = z.infer<typeof ZProblem>;
