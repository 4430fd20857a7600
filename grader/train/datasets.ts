// The training and test sets of a run: the course's circles or the two clouds, optionally subsampled
// to a fraction of positive labels (the same rule on both sets).
import { loadDataset } from "../../reference/data/load-dataset.js";
import { type LabelledData, withPositiveFraction } from "../../reference/data/positive-fraction.js";
import { twoClouds } from "../../reference/data/two-clouds.js";
import type { DatasetName } from "./run-options.js";

/** Seeds of the clouds' two sets (the circles use the course's own, 1 and 2). */
const CLOUDS_TRAIN = { nSamples: 200, seed: 1 } as const;
const CLOUDS_TEST = { nSamples: 100, seed: 2 } as const;

/** A run's data. */
export interface RunData {
  readonly train: LabelledData;
  readonly test: LabelledData;
}

// The named data, subsampled when a positive fraction is given.
export function runData(name: DatasetName, positiveFraction: number | null): RunData {
  const sets = generate(name);
  if (positiveFraction === null) return sets;
  return {
    train: withPositiveFraction(sets.train, positiveFraction),
    test: withPositiveFraction(sets.test, positiveFraction),
  };
}

// Fraction of labels equal to 1.
export function positiveFractionOf(data: LabelledData): number {
  let positives = 0;
  for (const y of data.Y.data) positives += y;
  return positives / data.Y.cols;
}

function generate(name: DatasetName): RunData {
  if (name === "clouds") return { train: twoClouds(CLOUDS_TRAIN), test: twoClouds(CLOUDS_TEST) };
  const { trainX, trainY, testX, testY } = loadDataset();
  return { train: { X: trainX, Y: trainY }, test: { X: testX, Y: testY } };
}
