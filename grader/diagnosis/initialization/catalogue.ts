// The known mistakes of the Initialization assignment, per graded function, in priority order
// (ties in how much a mistake explains go to the earlier one). A scale mistake appears twice: recognised
// by its exact seeded values, and (statistical, consulted last) by its spread when the seed is missing too.
import type { Mistake } from "../types.js";
import {
  course1Scale,
  fanOut,
  missingTimes10,
  noScale,
  seedPerLayer,
  sqrt2OverN,
  times01,
  transposedDraw,
  xavier,
} from "./draw-mistakes.js";
import type { InitializerFamily } from "./family.js";
import { extraLayer, hardCoded, missingFirstLayer, missingLastLayer } from "./layer-mistakes.js";
import { noSeed, randNotRandn, scaleCandidates, unseededScale } from "./statistical-mistakes.js";
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

// Mistakes told apart by the spread of weights that are not the seeded draws: a missing seed alone, or
// each scale mistake without its seed (named together with the missing seed).
function spreadMistakes(family: InitializerFamily, scales: readonly Mistake[]): Mistake[] {
  const candidates = scaleCandidates(scales);
  return [noSeed(family, candidates), ...scales.map((m) => unseededScale(family, m, candidates))];
}

// initialize_parameters_random (randn × 10).
export function randomCatalogue(family: InitializerFamily): Mistake[] {
  const scales = [missingTimes10(family), times01(family), course1Scale(family)];
  return [...scales, ...drawMistakes(family), ...formMistakes(family), ...spreadMistakes(family, scales)];
}

// initialize_parameters_he (randn × sqrt(2 / n_{l−1})).
export function heCatalogue(family: InitializerFamily): Mistake[] {
  const scales = [
    fanOut(family),
    xavier(family),
    sqrt2OverN(family),
    noScale(family),
    times01(family),
    course1Scale(family),
  ];
  return [...scales, ...drawMistakes(family), ...formMistakes(family), ...spreadMistakes(family, scales)];
}
