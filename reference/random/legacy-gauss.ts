// numpy's legacy normal draws: the polar method with one cached value (distributions-legacy.c, legacy_gauss).
import { glibcLog } from "./glibc-log.js";
import type { Mt19937 } from "./mt19937.js";

/** The second value of the last polar pair, waiting for the next call (numpy's has_gauss / gauss). */
export interface GaussCache {
  hasGauss: boolean;
  gauss: number;
}

// One standard normal draw, bit-identical to numpy's legacy_gauss: returns the cached value if there is
// one; otherwise draws a point uniformly in the unit disc, returns f·x2 and caches f·x1.
export function legacyGauss(mt: Mt19937, cache: GaussCache): number {
  if (cache.hasGauss) {
    const cached = cache.gauss;
    cache.hasGauss = false;
    cache.gauss = 0;
    return cached;
  }
  let x1: number;
  let x2: number;
  let r2: number;
  do {
    x1 = 2 * mt.nextDouble() - 1;
    x2 = 2 * mt.nextDouble() - 1;
    r2 = x1 * x1 + x2 * x2;
  } while (r2 >= 1 || r2 === 0);
  // glibc's log, not Math.log: V8's differs in the last bits on about 7% of these r2 values.
  const f = Math.sqrt((-2 * glibcLog(r2)) / r2);
  cache.gauss = f * x1;
  cache.hasGauss = true;
  return f * x2;
}
