// A parameterised initializer: the reference and each of its mistaken variants are one Recipe apart, and
// simulate() runs a recipe on the numpy-exact RandomState to get what that code would return.
import { RandomState } from "../../../reference/random/random-state.js";
import type { ScaleRule } from "../../assignments/registry.js";
import type { ObservedArray, ObservedParameters } from "../../checks/evidence/observed-parameters.js";
import { observedFrom } from "../../checks/evidence/observed-parameters.js";

/** How W_l's draws are shaped: randn(n_l, n_prev); randn(n_prev, n_l).T; or randn(n_prev, n_l) kept as is. */
export type WeightLayout = "direct" | "transposed-draw" | "stored-transposed";

/** Python's loop over layers: l from `first` to L inclusive, minus `dropLast`. */
export interface LayerLoop {
  readonly first: 0 | 1 | 2;
  readonly dropLast: boolean;
}

/** Everything that distinguishes one initializer implementation from another. */
export interface Recipe {
  /** np.random.seed(seed) before the loop; null: the code never touches the RNG. */
  readonly seed: number | null;
  readonly seedEachLayer: boolean;
  /** Single randn() draws between the seed and the loop. */
  readonly strayDraws: number;
  readonly draw: "randn" | "rand" | "zeros" | "ones";
  readonly layout: WeightLayout;
  readonly scale: ScaleRule;
  /** "randn": b_l = randn(n_l, 1), drawn right after W_l. */
  readonly bias: "zeros" | "randn";
  readonly biasShape: "column" | "flat";
  readonly loop: LayerLoop;
  readonly dtype: "float64" | "int64";
  readonly keyName: (kind: "W" | "b", l: number) => string;
}

// The course's key names: W1, b1, W2, …
export function courseKeyName(kind: "W" | "b", l: number): string {
  return `${kind}${l}`;
}

// What the code described by `recipe` returns for these layer sizes, draw for draw.
export function simulate(recipe: Recipe, layersDims: readonly number[]): ObservedParameters {
  const rng = recipe.seed === null ? null : new RandomState(recipe.seed);
  const random = (): RandomState => {
    if (rng === null) throw new Error(`recipe draws "${recipe.draw}" but has no seed`);
    return rng;
  };
  if (recipe.strayDraws > 0) random().randn(recipe.strayDraws);
  const L = layersDims.length - 1;
  const last = recipe.loop.dropLast ? L - 1 : L;
  const entries: [string, ObservedArray][] = [];
  for (let l = recipe.loop.first; l <= last; l++) {
    // Python indexing: layers_dims[l - 1] with l = 0 is the last element.
    const n = layersDims.at(l) as number;
    const prev = layersDims.at(l - 1) as number;
    if (recipe.seedEachLayer && recipe.seed !== null) random().seed(recipe.seed);
    const w = drawWeights(recipe, n, prev, random);
    const factor = recipe.scale(layersDims, l).value;
    for (let i = 0; i < w.length; i++) w[i] *= factor;
    const wShape = recipe.layout === "stored-transposed" ? [prev, n] : [n, prev];
    const b = recipe.bias === "randn" ? random().randn(n, 1) : new Float64Array(n);
    const bShape = recipe.biasShape === "flat" ? [n] : [n, 1];
    entries.push([recipe.keyName("W", l), array(wShape, w, recipe.dtype)]);
    entries.push([recipe.keyName("b", l), array(bShape, b, recipe.dtype)]);
  }
  return observedFrom(entries);
}

function drawWeights(recipe: Recipe, n: number, prev: number, random: () => RandomState): Float64Array {
  if (recipe.draw === "zeros") return new Float64Array(n * prev);
  if (recipe.draw === "ones") return new Float64Array(n * prev).fill(1);
  const rng = random();
  const sample = (rows: number, cols: number) =>
    recipe.draw === "randn" ? rng.randn(rows, cols) : rng.rand(rows, cols);
  if (recipe.layout === "direct") return sample(n, prev);
  const drawn = sample(prev, n);
  if (recipe.layout === "stored-transposed") return drawn;
  // randn(prev, n).T laid out row-major as (n, prev): element (i, j) is drawn[j * n + i].
  const out = new Float64Array(n * prev);
  for (let i = 0; i < n; i++) for (let j = 0; j < prev; j++) out[i * prev + j] = drawn[j * n + i];
  return out;
}

function array(shape: number[], data: Float64Array, dtype: Recipe["dtype"]): ObservedArray {
  const values = dtype === "int64" ? data.map(Math.trunc) : data;
  return { shape, dtype, container: "ndarray", data: values };
}
