import { describe, expect, it } from 'vitest';
import { ces, csat, headline, isDetractorScore, nps } from './metrics';

/** counts[v] from a list of [value, count] pairs. */
const dist = (pairs: [number, number][]) => {
  const c = new Array<number>(11).fill(0);
  for (const [v, k] of pairs) c[v] = k;
  return c;
};

describe('survey metrics (domain.md, hand-computed)', () => {
  it.each([
    // [label, counts, score, MoE, adjusted centre, low, high]
    ['worked example n=200 P=100 D=40', dist([[10, 100], [8, 60], [3, 40]]), 30, 10.8, 29.6, 18.8, 40.3],
    ['all promoters n=10', dist([[9, 4], [10, 6]]), 100, 0, 76.9, 47.5, 106.3],
    ['P=3 D=5 n=12', dist([[9, 3], [7, 4], [0, 2], [6, 3]]), -16.7, 45.2, -13.3, -53.0, 26.4],
  ] as const)('NPS %s', (_label, counts, score, moe, centre, low, high) => {
    const r = nps(counts);
    expect(r.score!).toBeCloseTo(score, 1);
    expect(r.marginOfError!).toBeCloseTo(moe, 1);
    expect(r.adjusted!.score).toBeCloseTo(centre, 1);
    expect(r.adjusted!.low).toBeCloseTo(low, 1);
    expect(r.adjusted!.high).toBeCloseTo(high, 1);
  });

  it('NPS counts passives in n but in neither P nor D; no answers → nulls', () => {
    const r = nps(dist([[7, 5], [8, 5]]));
    expect(r).toMatchObject({ n: 10, promoters: 0, detractors: 0, passives: 10, score: 0, marginOfError: 0 });
    expect(nps(dist([]))).toMatchObject({ n: 0, score: null, marginOfError: null, adjusted: null });
  });

  it('CSAT = % of 4–5 with Wald MoE', () => {
    // 50 answers, 35 of them 4 or 5 → 70% ± 1.96·√(0.7·0.3/50) = 12.7
    const r = csat(dist([[5, 20], [4, 15], [3, 5], [2, 6], [1, 4]]));
    expect(r.n).toBe(50);
    expect(r.percent!).toBeCloseTo(70, 6);
    expect(r.marginOfError!).toBeCloseTo(12.7, 1);
    // an NPS-scale value (0) outside 1–5 is not counted
    expect(csat(dist([[0, 3], [5, 1]])).n).toBe(1);
  });

  it('CES mean with 1.96·s/√n and % answering 5–7', () => {
    // 1, 4, 4, 7 → mean 4, s = √(18/3), MoE = 1.96·2.449/2 = 2.40; easy 1/4
    const r = ces(dist([[1, 1], [4, 2], [7, 1]]));
    expect(r.mean).toBe(4);
    expect(r.meanMarginOfError!).toBeCloseTo(2.4005, 3);
    expect(r.easy.percent).toBe(25);
    expect(ces(dist([[6, 1]])).meanMarginOfError).toBeNull();
  });

  it('eNPS is the NPS formula; detractor thresholds per metric', () => {
    const c = dist([[10, 100], [8, 60], [3, 40]]);
    expect(headline('enps', c).value).toBe(headline('nps', c).value);
    expect([isDetractorScore('nps', 6), isDetractorScore('nps', 7), isDetractorScore('csat', 2), isDetractorScore('csat', 3), isDetractorScore('ces', 2), isDetractorScore('internal_csat', 1)]).toEqual([
      true, false, true, false, true, true,
    ]);
  });
});
