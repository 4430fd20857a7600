// Mistakes in the form of the answer: bias and weight shapes, key names, dtype, non-zero "zeros".
import { dtypeClass } from "../../checks/evidence/dtype.js";
import { formatShape, listNames, plural } from "../../checks/evidence/format.js";
import type { DiagnosisCase, KeyRef, Mistake } from "../types.js";
import { type InitializerFamily, variant } from "./family.js";
import { expectedShape, parseLayerKey } from "./layer-keys.js";
import { type Recipe, simulate } from "./recipe.js";
import { constantScale } from "./scales.js";

// b_l = np.zeros(n_l): a 1-D array instead of a column.
export function biasFlat(family: InitializerFamily): Mistake {
  const recipe = variant(family, { biasShape: "flat" });
  return byKey(recipe, {
    id: "bias-1d",
    title: "a bias of shape (n,)",
    fix: "Create b_l with np.zeros((layers_dims[l], 1)), a column: a 1-D b broadcasts along the wrong axis when it is added to W·A.",
    matches: (c, key, shape) => {
      const k = parseLayerKey(key);
      return k?.kind === "b" && shape.length === 1 && shape[0] === c.layersDims[k.l];
    },
    evidence: (c, key, shape) => shapeEvidence(c, key, shape),
  });
}

// W_l kept as drawn with shape (n_{l−1}, n_l).
export function weightTransposed(family: InitializerFamily): Mistake {
  const recipe = variant(family, { layout: "stored-transposed" });
  return byKey(recipe, {
    id: "w-transposed",
    title: "W stored transposed",
    fix: "Give W_l the shape (layers_dims[l], layers_dims[l − 1]) = (n_l, n_{l−1}), so that W_l · A_{l−1} is defined.",
    matches: (c, key, shape) => {
      const k = parseLayerKey(key);
      if (k?.kind !== "W" || shape.length !== 2) return false;
      const [n, prev] = expectedShape(c.layersDims, k);
      return n !== prev && shape[0] === prev && shape[1] === n;
    },
    evidence: (c, key, shape) => shapeEvidence(c, key, shape),
  });
}

// np.zeros(shape, dtype=int): integer arrays, which the course's own checker accepts.
export function integerDtype(family: InitializerFamily): Mistake {
  const recipe = variant(family, { dtype: "int64" });
  return byKey(recipe, {
    id: "integer-dtype",
    title: "an integer dtype",
    fix: "Keep the arrays float: np.zeros(shape) is already float64. Integer arrays cannot hold gradient descent's fractional updates (W -= lr * dW fails on them), although the course's checker lets them pass.",
    matches: (c, key) => dtypeClass(c.observed.arrays.get(key)?.dtype ?? "") === "int",
    evidence: (c, key) => `${key} has dtype ${c.observed.arrays.get(key)?.dtype}`,
  });
}

// The zeros initializer returning something else than zeros (np.ones, random values).
export function zerosNonZero(family: InitializerFamily): Mistake {
  const recipe = variant(family, { draw: "ones", scale: constantScale(1) });
  return byKey(recipe, {
    id: "zeros-not-zero",
    title: "non-zero values in the zeros initialization",
    fix: "Use np.zeros((layers_dims[l], layers_dims[l − 1])) for every W_l and np.zeros((layers_dims[l], 1)) for every b_l: this function is the all-zeros baseline the assignment studies.",
    matches: (c, key, shape) =>
      sameShape(c, key, shape) && (c.observed.arrays.get(key)?.data.some((x) => x !== 0) ?? false),
    evidence: (c, key) => {
      const data = c.observed.arrays.get(key)?.data ?? new Float64Array();
      if (data.every((x) => x === 1)) return `${key} is all ones`;
      const nonZero = data.filter((x) => x !== 0).length;
      return `${key} has ${plural(nonZero, "non-zero entry", "non-zero entries")} of ${data.length}`;
    },
  });
}

// Keys spelled otherwise than W<l>/b<l>: w1, W_1, weights1, integer keys.
export function keyNames(family: InitializerFamily): Mistake {
  const recipe = variant(family, { keyName: (kind, l) => `${kind.toLowerCase()}${l}` });
  return {
    id: "key-names",
    title: "wrong key names",
    fix: "Name the entries 'W' + str(l) and 'b' + str(l): capital W, lower-case b, no separator — W1, b1, W2, b2, …",
    produce: (dims) => simulate(recipe, dims),
    fallback: false,
    detect: (cases) => {
      const explains: KeyRef[] = [];
      let evidence = "";
      cases.forEach((c, caseIndex) => {
        const extra = c.differing.filter((k) => !c.expected.keys.includes(k) && c.observed.keys.includes(k));
        const missing = c.differing.filter((k) => !c.observed.keys.includes(k));
        const wanted = new Set(missing.map(normalizeKey));
        const renamed = extra.filter((k) => wanted.has(normalizeKey(k)) || isIntegerKey(k));
        if (renamed.length === 0) return;
        // Integer keys replace the names altogether; otherwise a missing key is explained by its misspelling.
        const spelled = new Set(renamed.map(normalizeKey));
        const replaced = renamed.some(isIntegerKey)
          ? missing
          : missing.filter((k) => spelled.has(normalizeKey(k)));
        for (const key of [...renamed, ...replaced]) explains.push({ caseIndex, key });
        if (evidence === "") {
          evidence = `the keys are ${listNames(c.observed.keys.map(quote))}; expected ${listNames(c.expected.keys.map(quote))}`;
        }
      });
      return explains.length === 0 ? null : { explains, evidence };
    },
  };
}

interface KeyRule {
  readonly id: string;
  readonly title: string;
  readonly fix: string;
  readonly matches: (c: DiagnosisCase, key: string, shape: readonly number[]) => boolean;
  readonly evidence: (c: DiagnosisCase, key: string, shape: readonly number[]) => string;
}

// A mistake recognised key by key from the form of each differing entry.
function byKey(recipe: Recipe, rule: KeyRule): Mistake {
  return {
    id: rule.id,
    title: rule.title,
    fix: rule.fix,
    produce: (dims) => simulate(recipe, dims),
    fallback: false,
    detect: (cases) => {
      const explains: KeyRef[] = [];
      let evidence = "";
      cases.forEach((c, caseIndex) => {
        for (const key of c.differing) {
          const a = c.observed.arrays.get(key);
          if (a === undefined || !c.expected.keys.includes(key) || !rule.matches(c, key, a.shape)) continue;
          explains.push({ caseIndex, key });
          if (evidence === "") evidence = rule.evidence(c, key, a.shape);
        }
      });
      return explains.length === 0 ? null : { explains, evidence };
    },
  };
}

function shapeEvidence(c: DiagnosisCase, key: string, shape: readonly number[]): string {
  return `${key} has shape ${formatShape(shape)}, expected ${formatShape(c.expected.arrays.get(key)?.shape ?? [])}`;
}

function sameShape(c: DiagnosisCase, key: string, shape: readonly number[]): boolean {
  const e = c.expected.arrays.get(key)?.shape ?? [];
  return e.length === shape.length && e.every((n, i) => n === shape[i]);
}

// w1, W_1, weights1, Weight_1 → w1; b_1, bias1, biases1 → b1.
function normalizeKey(key: string): string {
  return key
    .toLowerCase()
    .replace(/[\s_\-[\]]/g, "")
    .replace(/^weights?/, "w")
    .replace(/^bias(es)?/, "b");
}

function isIntegerKey(key: string): boolean {
  return /^\d+$/.test(key);
}

function quote(key: string): string {
  return isIntegerKey(key) ? key : `'${key}'`;
}
