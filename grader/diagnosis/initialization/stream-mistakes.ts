// Mistakes in what is drawn from the seeded stream besides W: stray draws before a W, random biases.

import { RandomState } from "../../../reference/random/random-state.js";
import { isClose } from "../../checks/evidence/compare.js";
import { formatIndex, formatValue, listNames, plural, unravelIndex } from "../../checks/evidence/format.js";
import type { Tolerance } from "../../rubric/types.js";
import { perCase, sameEntry } from "../equality.js";
import type { DiagnosisCase, KeyRef, Mistake } from "../types.js";
import { type InitializerFamily, variant } from "./family.js";
import { expectedShape, parseLayerKey } from "./layer-keys.js";
import { simulate } from "./recipe.js";

// How many draws beyond the reference's own the offset search looks at.
const MAX_EXTRA_DRAWS = 64;

// W_l found further along the seeded stream than it should be: something was drawn before it.
export function extraDraws(family: InitializerFamily): Mistake {
  const recipe = variant(family, { strayDraws: 1 });
  const seed = family.recipe.seed ?? 0;
  const streamFor = perCase((c) => new RandomState(seed).randn(totalDraws(c.layersDims) + MAX_EXTRA_DRAWS));
  return {
    id: "extra-draws",
    title: "extra draws before the weights",
    fix: `Draw nothing but the weights after np.random.seed(${seed}): the expected W's are the seed-${seed} normals in order, W1 row by row, then W2, …, so a stray randn() or a b drawn first shifts every later weight.`,
    produce: (dims) => simulate(recipe, dims),
    fallback: false,
    sameDistribution: true,
    detect: (cases, tol) => {
      const explains: KeyRef[] = [];
      let evidence = "";
      cases.forEach((c, caseIndex) => {
        const weights = differingWeights(c);
        if (weights.length === 0) return;
        const stream = streamFor(c);
        for (const { key, l, data } of weights) {
          const start = expectedOffset(c.layersDims, l);
          const factor = family.recipe.scale(c.layersDims, l).value;
          const found = findOffset(data, stream, factor, start + 1, tol);
          if (found === undefined) continue;
          explains.push({ caseIndex, key });
          if (evidence === "") {
            evidence =
              `${key} is the seed-${seed} normal stream from draw ${found} on, expected from draw ${start} ` +
              `(${plural(found - start, "extra draw")} before it)`;
          }
        }
      });
      return explains.length === 0 ? null : { explains, evidence };
    },
  };
}

// b drawn with randn instead of zeros (and, drawn from the same stream, shifting the next W).
export function randomBiases(family: InitializerFamily): Mistake {
  const recipe = variant(family, { bias: "randn" });
  const producedFor = perCase((c) => simulate(recipe, c.layersDims));
  return {
    id: "random-biases",
    title: "random biases",
    fix: "Initialise every b_l with np.zeros((layers_dims[l], 1)): the random weights already break the symmetry, and every extra draw shifts all later weights.",
    produce: (dims) => simulate(recipe, dims),
    fallback: false,
    detect: (cases, tol) => {
      const explains: KeyRef[] = [];
      let evidence = "";
      cases.forEach((c, caseIndex) => {
        const biases = c.differing.filter((key) => isNonZeroBias(c, key));
        if (biases.length === 0) return;
        const produced = producedFor(c);
        const shifted = c.differing.filter(
          (key) => key.startsWith("W") && sameEntry(c.observed, produced, key, tol),
        );
        for (const key of [...biases, ...shifted]) explains.push({ caseIndex, key });
        if (evidence === "") {
          const b = c.observed.arrays.get(biases[0]);
          const i = b?.data.findIndex((x) => x !== 0) ?? 0;
          const at = formatIndex(biases[0], unravelIndex(i, b?.shape ?? []));
          evidence = `${biases[0]} is not zero (${at} = ${formatValue(b?.data[i] ?? 0)})`;
          if (shifted.length > 0) evidence += `, and the bias draws shift ${listNames(shifted)}`;
        }
      });
      return explains.length === 0 ? null : { explains, evidence };
    },
  };
}

/** A differing W key of the right shape, with its layer number and data. */
export interface WeightEvidence {
  readonly key: string;
  readonly l: number;
  readonly data: Float64Array;
}

// The differing W_l of a case that have the shape the course requires.
export function differingWeights(c: DiagnosisCase): WeightEvidence[] {
  return c.differing.flatMap((key) => {
    const k = parseLayerKey(key);
    const a = c.observed.arrays.get(key);
    if (k === undefined || k.kind !== "W" || a === undefined || k.l < 1 || k.l >= c.layersDims.length)
      return [];
    const shape = expectedShape(c.layersDims, k);
    return a.shape.length === 2 && a.shape[0] === shape[0] && a.shape[1] === shape[1]
      ? [{ key, l: k.l, data: a.data }]
      : [];
  });
}

function isNonZeroBias(c: DiagnosisCase, key: string): boolean {
  const k = parseLayerKey(key);
  const a = c.observed.arrays.get(key);
  if (k === undefined || k.kind !== "b" || a === undefined || k.l < 1 || k.l >= c.layersDims.length)
    return false;
  return a.data.length === c.layersDims[k.l] && a.data.some((x) => x !== 0);
}

// Draws before W_l in the reference: the sizes of W_1 … W_{l−1}.
function expectedOffset(dims: readonly number[], l: number): number {
  let offset = 0;
  for (let j = 1; j < l; j++) offset += dims[j] * dims[j - 1];
  return offset;
}

// Every W and b draw a variant could make.
function totalDraws(dims: readonly number[]): number {
  let total = 0;
  for (let j = 1; j < dims.length; j++) total += dims[j] * (dims[j - 1] + 1);
  return total;
}

// The first offset ≥ from at which data equals stream · factor, element by element.
function findOffset(
  data: Float64Array,
  stream: Float64Array,
  factor: number,
  from: number,
  tol: Tolerance,
): number | undefined {
  for (let o = from; o + data.length <= stream.length; o++) {
    let i = 0;
    while (i < data.length && isClose(data[i], stream[o + i] * factor, tol)) i++;
    if (i === data.length) return o;
  }
  return undefined;
}
