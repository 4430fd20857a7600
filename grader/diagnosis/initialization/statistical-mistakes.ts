// Mistakes recognised by the distribution of the weights rather than their exact values.
import { formatError, listNames } from "../../checks/evidence/format.js";
import { chiSquareZ, twoSidedThreshold } from "../../checks/evidence/stats.js";
import type { KeyRef, Mistake } from "../types.js";
import { type InitializerFamily, variant } from "./family.js";
import { simulate } from "./recipe.js";
import { differingWeights } from "./stream-mistakes.js";

// The chance that correct-scale draws from another seed are not recognised as such; a diagnosis can
// afford far more than a score.
const DIAGNOSIS_FALSE_MISS_RATE = 1e-3;
// Below this many values, a spread says too little to name a mistake.
const MIN_VALUES = 6;
// The seed the fabricated "different seed" output uses (any seed but the reference's).
const OTHER_SEED = 1;

// Right scale, wrong numbers: the seed is missing (or another one), detected by the spread of the weights.
export function noSeed(family: InitializerFamily): Mistake {
  const seed = family.recipe.seed ?? 0;
  const recipe = variant(family, { seed: OTHER_SEED });
  return {
    id: "no-seed",
    title: "a missing or different seed",
    fix: `Call np.random.seed(${seed}) once, before the loop: the expected values are the seed-${seed} draws. The scale of your weights is already right.`,
    produce: (dims) => simulate(recipe, dims),
    fallback: true,
    sameDistribution: true,
    detect: (cases) => {
      const explains: KeyRef[] = [];
      let sumSquares = 0;
      let sum = 0;
      let n = 0;
      cases.forEach((c, caseIndex) => {
        for (const { key, l, data } of differingWeights(c)) {
          if (!data.every(Number.isFinite)) continue;
          const sigma = family.recipe.scale(c.layersDims, l).value;
          for (const x of data) {
            sum += x / sigma;
            sumSquares += (x / sigma) ** 2;
          }
          n += data.length;
          explains.push({ caseIndex, key });
        }
      });
      if (n < MIN_VALUES) return null;
      // Under N(0, σ²): Σ(x/σ)² ~ χ²(n) (the mean is known to be 0) and Σ(x/σ)/√n ~ N(0, 1).
      const limit = twoSidedThreshold(DIAGNOSIS_FALSE_MISS_RATE, 2);
      if (Math.abs(chiSquareZ(sumSquares, n)) > limit || Math.abs(sum / Math.sqrt(n)) > limit) return null;
      const keys = [...new Set(explains.map((r) => r.key))];
      const ratio = formatError(Math.sqrt(sumSquares / n));
      return {
        explains,
        evidence: `${listNames(keys)} ${keys.length === 1 ? "is" : "are"} not the seed-${seed} draws, but ${keys.length === 1 ? "its" : "their"} spread fits the expected scale (root mean square ${ratio} × the expected std over ${n} values)`,
      };
    },
  };
}

// np.random.rand instead of randn: uniform draws in [0, scale), never negative.
export function randNotRandn(family: InitializerFamily): Mistake {
  const recipe = variant(family, { draw: "rand" });
  return {
    id: "rand-not-randn",
    title: "rand instead of randn",
    fix: "Use np.random.randn (standard normal, mean 0): np.random.rand draws uniformly from [0, 1), so every weight comes out positive.",
    produce: (dims) => simulate(recipe, dims),
    fallback: false,
    detect: (cases) => {
      const explains: KeyRef[] = [];
      let n = 0;
      cases.forEach((c, caseIndex) => {
        for (const { key, l, data } of differingWeights(c)) {
          const bound = family.recipe.scale(c.layersDims, l).value;
          if (!data.every((x) => x >= 0 && x < bound) || data.every((x) => x === 0)) continue;
          explains.push({ caseIndex, key });
          n += data.length;
        }
      });
      if (n < MIN_VALUES) return null;
      const keys = [...new Set(explains.map((r) => r.key))];
      return {
        explains,
        evidence: `all ${n} entries of ${listNames(keys)} lie in [0, scale) and none is negative`,
      };
    },
  };
}
