// What the catalogue needs to know about the reference initializer it diagnoses against.
import type { Recipe } from "./recipe.js";

/** The reference initializer as a recipe, with the examples the course publishes for it. */
export interface InitializerFamily {
  /** How the reference computes its output. */
  readonly recipe: Recipe;
  /** The course's public layers_dims for this function: hard-coded sizes reproduce one of these. */
  readonly publicInputs: readonly (readonly number[])[];
  /** The correct scale as a fix would state it, e.g. "10" or "sqrt(2 / layers_dims[l − 1])". */
  readonly scaleText: string;
}

// The recipe with some fields changed: the mistaken variant.
export function variant(family: InitializerFamily, change: Partial<Recipe>): Recipe {
  return { ...family.recipe, ...change };
}
