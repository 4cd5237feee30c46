import { describe, expect, it } from 'vitest';
import { pooledCsat } from './csat';

describe('pooledCsat', () => {
  it('weighs every rating once', () => {
    // 16 of 19 and 27 of 34 were 4 or 5: 43 of 53.
    expect(pooledCsat([{ csat: 84.2, ratings: 19 }, { csat: 79.4, ratings: 34 }])).toEqual({ csat: 81.1, ratings: 53 });
  });

  it('has no figure without ratings', () => {
    expect(pooledCsat([])).toEqual({ csat: null, ratings: 0 });
    expect(pooledCsat([{ csat: null, ratings: 0 }])).toEqual({ csat: null, ratings: 0 });
  });
});
