// The known mistakes of the Initialization assignment, per graded function, in priority order
// (ties in how much a mistake explains go to the earlier one).
import type { Mistake } from "../types.js";
import {
  course1Scale,
  fanOut,
  missingTimes10,
  seedPerLayer,
  sqrt2OverN,
  transposedDraw,
  xavier,
} from "./draw-mistakes.js";
import type { InitializerFamily } from "./family.js";
import { extraLayer, hardCoded, missingFirstLayer, missingLastLayer } from "./layer-mistakes.js";
import { noSeed, randNotRandn } from "./statistical-mistakes.js";
import { extraDraws, randomBiases } from "./stream-mistakes.js";
import { biasFlat, integerDtype, keyNames, weightTransposed, zerosNonZero } from "./structure-mistakes.js";

// Mistakes any initializer can make: the form of the dict and of its arrays.
function formMistakes(family: InitializerFamily): Mistake[] {
  return [
    biasFlat(family),
    weightTransposed(family),
    integerDtype(family),
    keyNames(family),
    missingLastLayer(family),
    missingFirstLayer(family),
    extraLayer(family),
    hardCoded(family),
  ];
}

// Mistakes of a seeded normal initializer that are not about the scale.
function drawMistakes(family: InitializerFamily): Mistake[] {
  return [
    seedPerLayer(family),
    transposedDraw(family),
    randNotRandn(family),
    randomBiases(family),
    extraDraws(family),
  ];
}

// initialize_parameters_zeros.
export function zerosCatalogue(family: InitializerFamily): Mistake[] {
  return [zerosNonZero(family), ...formMistakes(family)];
}

// initialize_parameters_random (randn × 10).
export function randomCatalogue(family: InitializerFamily): Mistake[] {
  return [
    missingTimes10(family),
    course1Scale(family),
    ...drawMistakes(family),
    ...formMistakes(family),
    noSeed(family),
  ];
}

// initialize_parameters_he (randn × sqrt(2 / n_{l−1})).
export function heCatalogue(family: InitializerFamily): Mistake[] {
  return [
    fanOut(family),
    xavier(family),
    sqrt2OverN(family),
    course1Scale(family),
    ...drawMistakes(family),
    ...formMistakes(family),
    noSeed(family),
  ];
}
