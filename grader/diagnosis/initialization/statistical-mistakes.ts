// Mistakes recognised by the distribution of the weights rather than their exact values.
import type { ScaleRule } from "../../assignments/registry.js";
import { formatDims, formatError, listNames } from "../../checks/evidence/format.js";
import { byEquality } from "../equality.js";
import type { Mistake } from "../types.js";
import { drawText } from "./draw-mistakes.js";
import { type InitializerFamily, variant } from "./family.js";
import { simulate } from "./recipe.js";
import { cachedVerdict, poolWeights, type ScaleCandidate, type SpreadSample } from "./spread.js";

// The seed the fabricated "different seed" outputs use (any seed but the reference's).
const OTHER_SEED = 1;
// Under randn, n distinct draws are all ≥ 0 with chance 2⁻ⁿ: from 12 draws on that is below 1/4000.
const MIN_RAND_VALUES = 12;

// The scale mistakes of a catalogue as the candidates a spread is judged against.
export function scaleCandidates(mistakes: readonly Mistake[]): ScaleCandidate[] {
  return mistakes.flatMap((m) => (m.weightStd === undefined ? [] : [{ id: m.id, rule: m.weightStd }]));
}

// Right scale, wrong numbers: the seed is missing (or another one), detected by the spread of the weights.
export function noSeed(family: InitializerFamily, candidates: readonly ScaleCandidate[]): Mistake {
  const seed = family.recipe.seed ?? 0;
  const recipe = variant(family, { seed: OTHER_SEED });
  const verdictOf = cachedVerdict(family.recipe.scale, candidates);
  return {
    id: "no-seed",
    title: "a missing or different seed",
    fix: `Call np.random.seed(${seed}) once, before the loop: the expected values are the seed-${seed} draws.`,
    produce: (dims) => simulate(recipe, dims),
    fallback: true,
    sameDistribution: true,
    detect: (cases) => {
      const verdict = verdictOf(cases);
      if (verdict.kind !== "expected") return null;
      const { keys } = verdict.sample;
      return {
        explains: verdict.sample.explains,
        evidence: `${listNames(keys)} ${keys.length === 1 ? "is" : "are"} not the seed-${seed} draws, but ${keys.length === 1 ? "its" : "their"} spread fits the expected scale (root mean square ${formatError(verdict.sample.rms)} × the expected std over ${verdict.sample.n} draws)`,
      };
    },
  };
}

// A scale mistake without the seed: the values cannot match, but their spread names the scale, and the
// missing seed is reported beside it as a second finding.
export function unseededScale(
  family: InitializerFamily,
  mistake: Mistake,
  candidates: readonly ScaleCandidate[],
): Mistake {
  const scale = mistake.weightStd;
  if (scale === undefined) throw new Error(`catalogue: ${mistake.id} is not a scale mistake`);
  const seed = family.recipe.seed ?? 0;
  const recipe = variant(family, { scale, seed: OTHER_SEED });
  const verdictOf = cachedVerdict(family.recipe.scale, candidates);
  return {
    id: mistake.id,
    title: mistake.title,
    fix: mistake.fix,
    produce: (dims) => simulate(recipe, dims),
    fallback: true,
    detect: (cases) => {
      const verdict = verdictOf(cases);
      if (verdict.kind !== "mistake" || verdict.id !== mistake.id) return null;
      const { keys } = verdict.sample;
      return {
        explains: verdict.sample.explains,
        evidence: spreadEvidence(verdict.sample, scale, family),
        alsoFound: [
          {
            id: "no-seed",
            evidence: `${listNames(keys)} ${keys.length === 1 ? "is" : "are"} not the seed-${seed} draws at that scale`,
          },
        ],
      };
    },
  };
}

// "the spread of W1 and W2 fits a std of 0.01, not the expected 10 (root mean square 1.02 × 0.01 over 38
// values)"; a per-layer formula is worked out for the layer where the two stds differ most.
function spreadEvidence(sample: SpreadSample, scale: ScaleRule, family: InitializerFamily): string {
  const gap = ({ dims, l }: SpreadSample["layers"][number]) =>
    Math.abs(Math.log(scale(dims, l).value / family.recipe.scale(dims, l).value));
  const { dims, l } = sample.layers.reduce((a, b) => (gap(b) > gap(a) ? b : a));
  const found = scale(dims, l).formula;
  const expected = family.recipe.scale(dims, l).formula;
  const where = `${found}${expected}`.includes("/") ? ` for W${l} of ${formatDims(dims)}` : "";
  return `the spread of ${listNames(sample.keys)} fits a std of ${found}, not the expected ${expected}${where} (root mean square ${formatError(sample.rms)} × ${found} over ${sample.n} draws)`;
}

// np.random.rand instead of randn: uniform draws in [0, 1), never negative. Recognised by the exact
// seeded output, or else by every differing weight of every input being non-negative.
export function randNotRandn(family: InitializerFamily): Mistake {
  const recipe = variant(family, { draw: "rand" });
  const produce = (dims: readonly number[]) => simulate(recipe, dims);
  const exact = byEquality(produce, (dims, key) => `${key} matches ${drawText(recipe, dims, key)}`);
  return {
    id: "rand-not-randn",
    title: "rand instead of randn",
    fix: "Use np.random.randn (standard normal, mean 0): np.random.rand draws uniformly from [0, 1), so every weight comes out positive.",
    produce,
    fallback: false,
    detect: (cases, tol) => {
      const found = exact(cases, tol);
      if (found !== null) return found;
      const pooled = poolWeights(cases);
      const n = pooled.draws.length;
      // Decided on every draw: a single negative weight, anywhere, rules rand out.
      if (n < MIN_RAND_VALUES || !pooled.all.every((x) => Number.isFinite(x) && x >= 0)) return null;
      // rand draws continuous values: a constant matrix (np.ones) is not its doing.
      if (new Set(pooled.all).size <= pooled.all.length / 2) return null;
      const { explains, keys } = pooled;
      return {
        explains,
        evidence: `none of the ${n} entries of ${listNames(keys)} is negative, where normal draws would make about half of them negative`,
      };
    },
  };
}
