// The Initialization assignment's references: the rubric's `reference: he` resolves here.
import {
  initializeParametersHe,
  initializeParametersRandom,
  initializeParametersZeros,
} from "../../../reference/initializers.js";
import { heCatalogue, randomCatalogue, zerosCatalogue } from "../../diagnosis/initialization/catalogue.js";
import { defineReferences, type LayerReference } from "../registry.js";
import { heFamily, randomFamily, zerosFamily } from "./families.js";

// zeros, random (×10) and He, each with its weight distribution and its catalogue of mistakes.
export const initializationReferences = defineReferences<LayerReference>("initialization", {
  zeros: {
    compute: initializeParametersZeros,
    weightStd: zerosFamily.recipe.scale,
    mistakes: zerosCatalogue(zerosFamily),
  },
  random: {
    compute: initializeParametersRandom,
    weightStd: randomFamily.recipe.scale,
    mistakes: randomCatalogue(randomFamily),
  },
  he: {
    compute: initializeParametersHe,
    weightStd: heFamily.recipe.scale,
    mistakes: heCatalogue(heFamily),
  },
});
