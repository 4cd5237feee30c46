import { ZProblem } from '@tandem/shared';

/** Error responses every authenticated route may give, for the OpenAPI document. */
export const problemResponses = {
  400: ZProblem.describe('Invalid request (see `errors`)'),
  401: ZProblem.describe('Not signed in, or the API key is revoked'),
  403: ZProblem.describe('The role does not allow this, or the CSRF token is missing'),
  404: ZProblem.describe('No such record in this workspace'),
} as const;

/** ISO 8601 text of a timestamp, for presenters. */
export const iso = (d: Date): string => d.toISOString();
export const isoOrNull = (d: Date | null): string | null => (d ? d.toISOString() : null);

/** PostgreSQL's text of a UTC timestamptz: `2025-06-01 10:20:30.123456+00` (fraction optional). */
const PG_UTC_TIMESTAMP = /^(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d)(?:\.(\d{1,6}))?\+00$/;

/**
 * ISO 8601 text of a timestamp that raw SQL returned as PostgreSQL text (or as a Date), exactly as
 * `Date.toISOString()` writes it (milliseconds, truncated). A UTC value is rewritten as text, without
 * parsing a Date: on a list page of 50 people, parsing and printing 150 dates was ~5 % of the server's
 * CPU. Other offsets go through Date.
 */
export function isoTimestamp(v: Date | string): string {
  if (typeof v === 'string') {
    const m = PG_UTC_TIMESTAMP.exec(v);
    if (m) return `${m[1]}T${m[2]}.${(m[3] ?? '').padEnd(3, '0').slice(0, 3)}Z`;
    return new Date(v).toISOString();
  }
  return v.toISOString();
}
