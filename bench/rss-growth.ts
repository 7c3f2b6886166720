/**
 * RSS growth of a soak run, robust to the sawtooth of a garbage-collected process with caches: after
 * the warm-up (the read cache and the store's buffer pool filling), the mean of the last third of the
 * samples against the mean of the first third, and the least-squares slope. A leak shows as both; a
 * plateau that merely oscillates shows as neither. Samples are evenly spaced, `intervalS` apart.
 */
export interface RssGrowth {
  /** Percent, last third against first third after the warm-up. */
  percent: number;
  /** MB per minute over the samples after the warm-up. */
  slopeMbPerMin: number;
  firstMeanMb: number;
  lastMeanMb: number;
}

const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

export function rssGrowth(samplesMb: number[], intervalS: number, warmupS: number): RssGrowth | null {
  const after = samplesMb.slice(Math.ceil(warmupS / intervalS));
  if (after.length < 3) return null;
  const third = Math.floor(after.length / 3);
  const firstMeanMb = mean(after.slice(0, third));
  const lastMeanMb = mean(after.slice(after.length - third));
  const xs = after.map((_, i) => (i * intervalS) / 60);
  const mx = mean(xs);
  const my = mean(after);
  const num = xs.reduce((a, x, i) => a + (x - mx) * (after[i]! - my), 0);
  const den = xs.reduce((a, x) => a + (x - mx) ** 2, 0);
  return {
    percent: ((lastMeanMb - firstMeanMb) / firstMeanMb) * 100,
    slopeMbPerMin: den === 0 ? 0 : num / den,
    firstMeanMb,
    lastMeanMb,
  };
}
