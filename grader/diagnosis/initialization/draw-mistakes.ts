// Mistakes in how W is drawn or scaled, recognised by equality with the mistaken code's exact output.
import type { ScaleRule } from "../../assignments/registry.js";
import { formatDims } from "../../checks/evidence/format.js";
import { byEquality } from "../equality.js";
import type { Mistake } from "../types.js";
import { type InitializerFamily, variant } from "./family.js";
import { parseLayerKey } from "./layer-keys.js";
import { type Recipe, simulate } from "./recipe.js";
import { constantScale, fanOutScale, sqrt2OverNScale, xavierScale } from "./scales.js";

// He with the fan-out n_l instead of the fan-in n_{l−1}.
export function fanOut(family: InitializerFamily): Mistake {
  return scaleMistake(family, fanOutScale, {
    id: "fan-out",
    title: "fan-out instead of fan-in",
    fix: "Scale by sqrt(2 / layers_dims[l − 1]): He initialization divides by the number of inputs of layer l (its fan-in n_{l−1}), not by its number of units n_l.",
  });
}

// He with Xavier's variance.
export function xavier(family: InitializerFamily): Mistake {
  return scaleMistake(family, xavierScale, {
    id: "xavier-scale",
    title: "Xavier's sqrt(1/n_{l−1}) instead of He's sqrt(2/n_{l−1})",
    fix: "Scale by sqrt(2 / layers_dims[l − 1]): He initialization doubles Xavier's variance to make up for ReLU setting half of the pre-activations to zero.",
  });
}

// He with the root around the 2 only.
export function sqrt2OverN(family: InitializerFamily): Mistake {
  return scaleMistake(family, sqrt2OverNScale, {
    id: "sqrt2-over-n",
    title: "sqrt(2)/n_{l−1} instead of sqrt(2/n_{l−1})",
    fix: "Put the whole fraction under the root: np.sqrt(2 / layers_dims[l − 1]). sqrt(2)/n shrinks every weight by a further factor sqrt(n_{l−1}).",
  });
}

// The large random initialization without its factor 10.
export function missingTimes10(family: InitializerFamily): Mistake {
  return scaleMistake(family, constantScale(1), {
    id: "missing-times-10",
    title: "the ×10 left out",
    fix: "Multiply the draws by 10: this function studies what too-large initial weights do, so its scale is deliberately 10.",
  });
}

// The 0.01 of Course 1's shallow network.
export function course1Scale(family: InitializerFamily): Mistake {
  return scaleMistake(family, constantScale(0.01), {
    id: "times-0.01",
    title: "×0.01 carried over from Course 1",
    fix: `Scale by ${family.scaleText}, not 0.01: the small constant of the earlier course is not what this initialization draws.`,
  });
}

// A round ×0.1, the next "small" constant students reach for.
export function times01(family: InitializerFamily): Mistake {
  return scaleMistake(family, constantScale(0.1), {
    id: "times-0.1",
    title: "a constant ×0.1",
    fix: `Scale by ${family.scaleText}, not 0.1: a fixed small factor is not what this initialization draws.`,
  });
}

// He's draws left unscaled: randn's standard normal as it is.
export function noScale(family: InitializerFamily): Mistake {
  return scaleMistake(family, constantScale(1), {
    id: "no-scale",
    title: "no scaling",
    fix: `Multiply the draws by ${family.scaleText}: np.random.randn alone has std 1, far too large for a layer with many inputs.`,
  });
}

// np.random.seed(3) inside the loop: every layer starts from the same draws.
export function seedPerLayer(family: InitializerFamily): Mistake {
  const recipe = variant(family, { seedEachLayer: true });
  return withSameDistribution(
    exact(recipe, {
      id: "seed-in-loop",
      title: "the seed set inside the loop",
      fix: `Call np.random.seed(${family.recipe.seed}) once, before the loop: re-seeding makes every W_l start again from the same first draws.`,
      describe: (dims, key) =>
        `${key} matches ${drawText(recipe, dims, key)} right after np.random.seed(${family.recipe.seed})`,
    }),
  );
}

// randn(n_{l−1}, n_l).T: the right shape, the draws in the wrong places.
export function transposedDraw(family: InitializerFamily): Mistake {
  const recipe = variant(family, { layout: "transposed-draw" });
  return withSameDistribution(
    exact(recipe, {
      id: "transposed-draw",
      title: "a transposed draw",
      fix: "Draw randn(n_l, n_{l−1}) directly: the draws fill W row by row, so the transpose puts them in different places.",
      describe: (dims, key) => `${key} matches ${drawText(recipe, dims, key)}`,
    }),
  );
}

// Marks a mistake whose draws follow the right distribution (see Mistake.sameDistribution).
function withSameDistribution(m: Mistake): Mistake {
  return { ...m, sameDistribution: true };
}

interface MistakeText {
  readonly id: string;
  readonly title: string;
  readonly fix: string;
}

function scaleMistake(family: InitializerFamily, scale: ScaleRule, text: MistakeText): Mistake {
  const recipe = variant(family, { scale });
  return {
    ...exact(recipe, { ...text, describe: (dims, key) => `${key} matches ${drawText(recipe, dims, key)}` }),
    weightStd: scale,
  };
}

function exact(
  recipe: Recipe,
  text: MistakeText & { describe: (dims: readonly number[], key: string) => string },
): Mistake {
  const produce = (dims: readonly number[]) => simulate(recipe, dims);
  return {
    id: text.id,
    title: text.title,
    fix: text.fix,
    produce,
    detect: byEquality(produce, text.describe),
    fallback: false,
  };
}

// The numpy expression that gives this key under the recipe: "np.random.randn(5, 4).T * sqrt(2/5)".
export function drawText(recipe: Recipe, dims: readonly number[], key: string): string {
  const k = parseLayerKey(key);
  if (k === undefined || k.kind === "b") return `the recipe's ${key} for ${formatDims(dims)}`;
  const n = dims[k.l];
  const prev = dims[k.l - 1];
  const fn = recipe.draw === "rand" ? "np.random.rand" : "np.random.randn";
  const call = recipe.layout === "direct" ? `${fn}(${n}, ${prev})` : `${fn}(${prev}, ${n})`;
  const drawn = recipe.layout === "transposed-draw" ? `${call}.T` : call;
  const { formula } = recipe.scale(dims, k.l);
  return formula === "1" ? drawn : `${drawn} * ${formula}`;
}
