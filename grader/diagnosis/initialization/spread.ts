// Which std the weights were drawn with when they are not the seeded draws: decided on every differing
// weight at once, by likelihood, between the expected scale and each catalogued mistaken scale.
import type { ScaleRule } from "../../assignments/registry.js";
import { chiSquareZ, twoSidedThreshold } from "../../checks/evidence/stats.js";
import { perCase } from "../equality.js";
import type { DiagnosisCase, KeyRef } from "../types.js";
import { differingWeights } from "./stream-mistakes.js";

// The chance that draws of the right std are not recognised as fitting it; a diagnosis can afford far
// more than a score.
const DIAGNOSIS_FALSE_MISS_RATE = 1e-3;
// How much likelier (natural log) one std must make the values than every other fitting std before it
// is named: ln 1000. When draws come from std σ₀, another std reaches this likelihood ratio with
// probability at most 1/1000 (Markov's inequality on the ratio, whose mean under σ₀ is 1).
const DECISIVE_LOG_ODDS = Math.log(1000);
// Below this many values, a spread says too little to name a mistake.
const MIN_VALUES = 6;

/** A mistaken std the catalogue knows, by the id of the mistake that draws with it. */
export interface ScaleCandidate {
  readonly id: string;
  readonly rule: ScaleRule;
}

/** The weights a spread was measured on, and how they compare with one std. */
export interface SpreadSample {
  readonly explains: readonly KeyRef[];
  readonly keys: readonly string[];
  readonly n: number;
  /** Each weight's layer, to word a std as a formula ("sqrt(2/4)"). */
  readonly layers: readonly { readonly dims: readonly number[]; readonly l: number }[];
  /** Root mean square of x / σ under the std that was named. */
  readonly rms: number;
}

/** Which std the values were drawn with: the expected one, a catalogued mistake's, or no decision. */
export type SpreadVerdict =
  | { readonly kind: "expected"; readonly sample: SpreadSample }
  | { readonly kind: "mistake"; readonly id: string; readonly sample: SpreadSample }
  | { readonly kind: "undecided" };

/** One value of a weight matrix, with the layer whose std it was drawn with. */
interface Draw {
  readonly dims: readonly number[];
  readonly l: number;
  readonly x: number;
}

/** The differing weights of all cases, and their values with each position of the draw stream once. */
export interface PooledWeights {
  readonly explains: readonly KeyRef[];
  readonly keys: readonly string[];
  /** Every value of every differing weight, repeats included. */
  readonly all: readonly number[];
  readonly draws: readonly Draw[];
  readonly layers: readonly { readonly dims: readonly number[]; readonly l: number }[];
}

// Pools the differing weights of all cases. A function that forgets its seed starts every call from the
// same RNG state, so W1 of one input repeats the first draws of W1 of another: each position of the
// stream (W1 row by row, then W2, …) is counted once, from the input with the most weight values.
// Independent inputs lose some values this way, but never count one draw twice.
export function poolWeights(cases: readonly DiagnosisCase[]): PooledWeights {
  const found = cases.map((c, caseIndex) => ({ c, caseIndex, weights: differingWeights(c) }));
  const size = (f: (typeof found)[number]) => f.weights.reduce((sum, w) => sum + w.data.length, 0);
  const seen = new Set<number>();
  const draws: Draw[] = [];
  for (const { c, weights } of [...found].sort((a, b) => size(b) - size(a))) {
    for (const w of weights) {
      const start = streamOffset(c.layersDims, w.l);
      w.data.forEach((x, i) => {
        if (seen.has(start + i)) return;
        seen.add(start + i);
        draws.push({ dims: c.layersDims, l: w.l, x });
      });
    }
  }
  const flat = found.flatMap(({ c, caseIndex, weights }) =>
    weights.map((w) => ({ caseIndex, key: w.key, dims: c.layersDims, l: w.l, data: w.data })),
  );
  return {
    explains: flat.map((w) => ({ caseIndex: w.caseIndex, key: w.key })),
    keys: [...new Set(flat.map((w) => w.key))],
    all: flat.flatMap((w) => [...w.data]),
    draws,
    layers: flat.map((w) => ({ dims: w.dims, l: w.l })),
  };
}

// Where W_l starts in the course's draw stream: after the entries of W_1 … W_{l−1}.
function streamOffset(dims: readonly number[], l: number): number {
  let offset = 0;
  for (let j = 1; j < l; j++) offset += dims[j] * dims[j - 1];
  return offset;
}

// Judges the differing weights of all cases together. A std fits when neither the mean nor the spread
// of x / σ is off at the diagnosis rate; a mistaken std is named only when it fits and is decisively
// likelier than every other fitting std, the expected one included; otherwise a fitting expected std wins.
export function spreadVerdict(
  cases: readonly DiagnosisCase[],
  expected: ScaleRule,
  candidates: readonly ScaleCandidate[],
): SpreadVerdict {
  const pooled = poolWeights(cases);
  const n = pooled.draws.length;
  if (n < MIN_VALUES || !pooled.all.every(Number.isFinite)) return { kind: "undecided" };
  const options = [{ id: "", rule: expected }, ...candidates].map((c) => ({
    ...c,
    ...measure(pooled.draws, c.rule),
  }));
  const fitting = options.filter((o) => o.fits);
  if (fitting.length === 0) return { kind: "undecided" };
  const best = fitting.reduce((a, b) => (b.logLikelihood > a.logLikelihood ? b : a));
  const decisive = fitting.every(
    (o) => o === best || best.logLikelihood - o.logLikelihood >= DECISIVE_LOG_ODDS,
  );
  const sampleOf = (rms: number): SpreadSample => ({
    explains: pooled.explains,
    keys: pooled.keys,
    n,
    layers: pooled.layers,
    rms,
  });
  if (decisive && best.id !== "") return { kind: "mistake", id: best.id, sample: sampleOf(best.rms) };
  const asExpected = options[0];
  return asExpected.fits ? { kind: "expected", sample: sampleOf(asExpected.rms) } : { kind: "undecided" };
}

// The spread verdict of a case list, computed once however many detectors ask for it.
export function cachedVerdict(
  expected: ScaleRule,
  candidates: readonly ScaleCandidate[],
): (cases: readonly DiagnosisCase[]) => SpreadVerdict {
  // diagnose() narrows the cases between rounds, so the key is the differing keys as well as the outputs.
  const byOutputs = perCase(() => new Map<string, SpreadVerdict>());
  return (cases) => {
    if (cases.length === 0) return spreadVerdict(cases, expected, candidates);
    const memo = byOutputs(cases[0]);
    const key = cases.map((c) => c.differing.join(",")).join(";");
    const known = memo.get(key);
    if (known !== undefined) return known;
    const verdict = spreadVerdict(cases, expected, candidates);
    memo.set(key, verdict);
    return verdict;
  };
}

// Goodness of fit and log-likelihood (up to a constant) of the values under N(0, σ_l²).
function measure(
  draws: readonly Draw[],
  rule: ScaleRule,
): { fits: boolean; logLikelihood: number; rms: number } {
  const limit = twoSidedThreshold(DIAGNOSIS_FALSE_MISS_RATE, 2);
  let sum = 0;
  let sumSquares = 0;
  let logLikelihood = 0;
  for (const { dims, l, x } of draws) {
    const sigma = rule(dims, l).value;
    if (!(sigma > 0)) return { fits: false, logLikelihood: Number.NEGATIVE_INFINITY, rms: Number.NaN };
    const z = x / sigma;
    sum += z;
    sumSquares += z * z;
    logLikelihood -= Math.log(sigma) + (z * z) / 2;
  }
  const n = draws.length;
  // Under N(0, σ²): Σ(x/σ)² ~ χ²(n) (the mean is known to be 0) and Σ(x/σ)/√n ~ N(0, 1).
  const fits = Math.abs(chiSquareZ(sumSquares, n)) <= limit && Math.abs(sum / Math.sqrt(n)) <= limit;
  return { fits, logLikelihood, rms: Math.sqrt(sumSquares / n) };
}
