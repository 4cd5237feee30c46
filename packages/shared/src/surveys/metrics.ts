/**
 * Survey metrics, exactly as /work/shared/domain.md defines them. Pure functions over a distribution
 * (`counts[v]` = how many answered `v`), so the same math serves the API, the exports and the tests.
 * Percentages are on a 0–100 scale and are NOT rounded here (the presenter rounds for display).
 */

const Z95 = 1.96;

/** Counts of answers per value, indexed by the value itself (`counts[9]` = answers of 9). */
export type Distribution = readonly number[];

const at = (counts: Distribution, v: number) => counts[v] ?? 0;
const sumRange = (counts: Distribution, from: number, to: number) => {
  let s = 0;
  for (let v = from; v <= to; v++) s += at(counts, v);
  return s;
};

export type NpsResult = {
  /** Answered responses (skips excluded). */
  n: number;
  promoters: number;
  passives: number;
  detractors: number;
  /** 100·(P − D)/n, −100…100; null when n = 0. */
  score: number | null;
  /** 95% margin of error (Wald): 1.96·√((p + d − (p − d)²)/n)·100. */
  marginOfError: number | null;
  /** Adjusted-Wald: n' = n + 3, p' = (P + 0.75)/n', d' = (D + 0.75)/n', centred on 100·(p' − d'). */
  adjusted: { score: number; low: number; high: number; marginOfError: number } | null;
};

function npsMoe(p: number, d: number, n: number) {
  return Z95 * Math.sqrt((p + d - (p - d) ** 2) / n) * 100;
}

/** NPS (and eNPS) from counts of 0–10 answers. */
export function nps(counts: Distribution): NpsResult {
  const detractors = sumRange(counts, 0, 6);
  const passives = sumRange(counts, 7, 8);
  const promoters = sumRange(counts, 9, 10);
  const n = detractors + passives + promoters;
  if (n === 0) return { n, promoters, passives, detractors, score: null, marginOfError: null, adjusted: null };
  const p = promoters / n;
  const d = detractors / n;
  const n2 = n + 3;
  const p2 = (promoters + 0.75) / n2;
  const d2 = (detractors + 0.75) / n2;
  const centre = 100 * (p2 - d2);
  const moe2 = npsMoe(p2, d2, n2);
  return {
    n,
    promoters,
    passives,
    detractors,
    score: (100 * (promoters - detractors)) / n,
    marginOfError: npsMoe(p, d, n),
    adjusted: { score: centre, low: centre - moe2, high: centre + moe2, marginOfError: moe2 },
  };
}

/** A proportion in percent with its 95% Wald margin of error (1.96·√(p(1−p)/n)·100). */
export type Proportion = { n: number; hits: number; percent: number | null; marginOfError: number | null };

export function proportion(hits: number, n: number): Proportion {
  if (n === 0) return { n, hits, percent: null, marginOfError: null };
  const p = hits / n;
  return { n, hits, percent: 100 * p, marginOfError: Z95 * Math.sqrt((p * (1 - p)) / n) * 100 };
}

/** CSAT: % of 1–5 answers that are 4 or 5. */
export function csat(counts: Distribution): Proportion {
  return proportion(sumRange(counts, 4, 5), sumRange(counts, 1, 5));
}

export type CesResult = {
  n: number;
  /** Mean of 1–7 answers. */
  mean: number | null;
  /** 95% margin of error of the mean: 1.96·s/√n (s: sample standard deviation; null below n = 2). */
  meanMarginOfError: number | null;
  /** % answering 5–7 ("easy"), with its margin of error. */
  easy: Proportion;
};

/** CES: mean of 1–7 answers and the % answering 5–7. */
export function ces(counts: Distribution): CesResult {
  let n = 0;
  let sum = 0;
  for (let v = 1; v <= 7; v++) {
    n += at(counts, v);
    sum += v * at(counts, v);
  }
  const easy = proportion(sumRange(counts, 5, 7), n);
  if (n === 0) return { n, mean: null, meanMarginOfError: null, easy };
  const mean = sum / n;
  let ss = 0;
  for (let v = 1; v <= 7; v++) ss += at(counts, v) * (v - mean) ** 2;
  const moe = n > 1 ? (Z95 * Math.sqrt(ss / (n - 1))) / Math.sqrt(n) : null;
  return { n, mean, meanMarginOfError: moe, easy };
}

export type SurveyMetric = 'nps' | 'csat' | 'ces' | 'enps' | 'internal_csat';

/** The answer scale of a metric: the values a response's score may take. */
export function metricScale(metric: SurveyMetric): { min: number; max: number } {
  switch (metric) {
    case 'nps':
    case 'enps':
      return { min: 0, max: 10 };
    case 'csat':
    case 'internal_csat':
      return { min: 1, max: 5 };
    case 'ces':
      return { min: 1, max: 7 };
    default: {
      const never: never = metric;
      throw new Error(`unknown metric ${String(never)}`);
    }
  }
}

/** Is a score a "bad" answer that the feedback loop follows up (NPS 0–6, CSAT 1–2, CES 1–2)? */
export function isDetractorScore(metric: SurveyMetric, score: number): boolean {
  return metric === 'nps' || metric === 'enps' ? score <= 6 : score <= 2;
}

/** One headline value of a metric, with its margin of error (the number a dashboard shows). */
export function headline(metric: SurveyMetric, counts: Distribution): { value: number | null; marginOfError: number | null; n: number } {
  switch (metric) {
    case 'nps':
    case 'enps': {
      const r = nps(counts);
      return { value: r.score, marginOfError: r.marginOfError, n: r.n };
    }
    case 'csat':
    case 'internal_csat': {
      const r = csat(counts);
      return { value: r.percent, marginOfError: r.marginOfError, n: r.n };
    }
    case 'ces': {
      const r = ces(counts);
      return { value: r.mean, marginOfError: r.meanMarginOfError, n: r.n };
    }
    default: {
      const never: never = metric;
      throw new Error(`unknown metric ${String(never)}`);
    }
  }
}
