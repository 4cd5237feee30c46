import { describe, expect, it } from 'vitest';
import { AppError } from './errors';
import { decodeCursor, encodeCursor, toPage } from './pagination';

describe('cursors', () => {
  it('round-trips a key', () => {
    expect(decodeCursor(encodeCursor({ id: 'abc' }), ['id'])).toEqual({ id: 'abc' });
  });
  it('rejects garbage with a validation error on the cursor field', () => {
    for (const bad of ['%%%', encodeCursor({ other: 'x' }), Buffer.from('[1]').toString('base64url')]) {
      const error = (() => {
        try {
          decodeCursor(bad, ['id']);
        } catch (e) {
          return e;
        }
      })();
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).extra.errors?.[0]?.path).toBe('cursor');
    }
  });
  it('gives a next cursor only when there is another row', () => {
    const rows = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    expect(toPage(rows, 2, (r) => r)).toEqual({ data: rows.slice(0, 2), nextCursor: encodeCursor({ id: 'b' }) });
    expect(toPage(rows, 3, (r) => r).nextCursor).toBeNull();
  });
});
