// The three initializers of the assignment as recipes (docs/assignment.md), with the course's public examples.
import type { InitializerFamily } from "../../diagnosis/initialization/family.js";
import { courseKeyName, type Recipe } from "../../diagnosis/initialization/recipe.js";
import { constantScale, heScale } from "../../diagnosis/initialization/scales.js";

// np.random.seed(3) before the loop, as the assignment prescribes.
const COURSE_SEED = 3;

const common: Omit<Recipe, "seed" | "draw" | "scale"> = {
  seedEachLayer: false,
  strayDraws: 0,
  layout: "direct",
  bias: "zeros",
  biasShape: "column",
  loop: { first: 1, dropLast: false },
  dtype: "float64",
  keyName: courseKeyName,
};

// initialize_parameters_zeros: all zeros, no RNG.
export const zerosFamily: InitializerFamily = {
  recipe: { ...common, seed: null, draw: "zeros", scale: constantScale(0) },
  publicInputs: [[3, 2, 1]],
  scaleText: "0",
};

// initialize_parameters_random: randn(n_l, n_{l−1}) * 10 after seed 3.
export const randomFamily: InitializerFamily = {
  recipe: { ...common, seed: COURSE_SEED, draw: "randn", scale: constantScale(10) },
  publicInputs: [[3, 2, 1]],
  scaleText: "10",
};

// initialize_parameters_he: randn(n_l, n_{l−1}) * sqrt(2 / n_{l−1}) after seed 3.
export const heFamily: InitializerFamily = {
  recipe: { ...common, seed: COURSE_SEED, draw: "randn", scale: heScale },
  publicInputs: [
    [2, 4, 1],
    [3, 1, 2],
  ],
  scaleText: "sqrt(2 / layers_dims[l − 1])",
};
