// The statistics behind the scale tests: normal quantiles, the chi-square variance test, Bonferroni.

// Coefficients of Acklam's rational approximation to the normal quantile (P. J. Acklam, 2003,
// "An algorithm for computing the inverse normal cumulative distribution function"); relative error
// below 1.15e-9 over (0, 1), ample for test thresholds.
const A = [
  -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716,
  2.506628277459239,
];
const B = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
const C = [
  -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
  2.938163982698783,
];
const D = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
// Below this probability (and above 1 − it) Acklam switches from the central to the tail formula.
const P_LOW = 0.02425;

// Φ⁻¹(p): the z with P(Z ≤ z) = p for a standard normal Z.
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`normal quantile: p must be in (0, 1), got ${p}`);
  if (p < P_LOW) return tail(p);
  if (p > 1 - P_LOW) return -tail(1 - p);
  const q = p - 0.5;
  const r = q * q;
  const num = (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q;
  const den = ((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1;
  return num / den;
}

function tail(p: number): number {
  const q = Math.sqrt(-2 * Math.log(p));
  const num = ((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5];
  return num / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
}

// The |z| above which a two-sided test fails, when `tests` tests share a false-failure rate (Bonferroni):
// each test gets rate/tests, split between both tails. E.g. rate 1e-6 over 10 tests → 1e-7 per test →
// z = Φ⁻¹(1 − 5e-8) ≈ 5.33.
export function twoSidedThreshold(rate: number, tests: number): number {
  return -normalQuantile(rate / tests / 2);
}

// Maps a χ²(k) statistic to an approximately standard normal z (Wilson & Hilferty, 1931):
// (x/k)^(1/3) is close to normal with mean 1 − 2/(9k) and variance 2/(9k). Unlike the plain normal
// approximation (mean k, variance 2k, i.e. s² with variance 2σ⁴/(n−1)), it keeps the chi-square's skew:
// at |z| = 5.33 and k = 10⁴ the plain approximation lets through 1.2e-7 instead of 1e-7, while this one's
// true two-sided tail is 0.999e-7 (checked with scipy.stats.chi2), and stays below nominal down to k = 99.
export function chiSquareZ(x: number, k: number): number {
  const v = 2 / (9 * k);
  return (Math.cbrt(x / k) - (1 - v)) / Math.sqrt(v);
}

/** How far a sample's mean and variance are from N(0, σ²), as z-scores. */
export interface SpreadTest {
  readonly n: number;
  readonly mean: number;
  readonly std: number;
  /** z of the variance: (n−1)s²/σ² ~ χ²(n−1) mapped by chiSquareZ. */
  readonly zVariance: number;
  /** z of the mean: mean·√n/σ ~ N(0, 1). */
  readonly zMean: number;
}

// Tests iid draws against N(0, σ²): sample mean and sample variance (two-pass, with n − 1).
export function spreadTest(data: Float64Array, sigma: number): SpreadTest {
  const n = data.length;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += data[i];
  const mean = sum / n;
  let squares = 0;
  for (let i = 0; i < n; i++) squares += (data[i] - mean) * (data[i] - mean);
  const variance = squares / (n - 1);
  return {
    n,
    mean,
    std: Math.sqrt(variance),
    zVariance: chiSquareZ(((n - 1) * variance) / (sigma * sigma), n - 1),
    zMean: (mean * Math.sqrt(n)) / sigma,
  };
}
