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
