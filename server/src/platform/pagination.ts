import { AppError } from './errors';

/** Opaque cursors: base64url JSON of the sort key of the last row of a page. */
export function encodeCursor(key: Record<string, string | number>): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** Decode a cursor made by `encodeCursor`, checking it has the expected string fields. */
export function decodeCursor<K extends string>(cursor: string, fields: readonly K[]): Record<K, string> {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (value && typeof value === 'object' && fields.every((f) => typeof (value as Record<string, unknown>)[f] === 'string')) {
      return value as Record<K, string>;
    }
  } catch {
    // fall through to the validation error
  }
  throw new AppError('validation_failed', 'The cursor is not valid; use the nextCursor of a previous page', {
    errors: [{ path: 'cursor', message: 'invalid cursor' }],
  });
}

/** Given `limit + 1` rows, return the page and the cursor of the next one. */
export function toPage<T>(rows: T[], limit: number, keyOf: (row: T) => Record<string, string>) {
  const data = rows.slice(0, limit);
  const last = data[data.length - 1];
  return { data, nextCursor: rows.length > limit && last ? encodeCursor(keyOf(last)) : null };
}
