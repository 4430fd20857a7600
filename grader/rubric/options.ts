// The loaded options of each check kind, typed: every key present, defaults filled in by the loader.
import type { CheckKind, RubricTest } from "./types.js";

/** property: fast-check runs over generated layers_dims (depth 1..max_depth, widths 1..max_width). */
export interface PropertyOptions {
  readonly seed: number;
  readonly runs: number;
  readonly max_depth: number;
  readonly max_width: number;
}

/** statistics: the chance that a correct submission fails the scale test. */
export interface StatisticsOptions {
  readonly false_failure_rate: number;
}

/** What training the reference model from the student's parameters must show. */
export type TrainingExpectation = "dead_weights" | "symmetric" | "accuracy";

/** training: thresholds are null when not checked; initial_cost "inf" loads as Infinity. */
export interface TrainingOptions {
  readonly expect: TrainingExpectation;
  readonly iterations: number;
  readonly min_train_accuracy: number | null;
  readonly min_test_accuracy: number | null;
  readonly initial_cost: number | null;
}

/** The purity checks a test can ask for. */
export type PurityCheck = "no_mutation" | "repeatable" | "rng_independent";

/** purity: which of the checks to run. */
export interface PurityOptions {
  readonly checks: readonly PurityCheck[];
}

/** No options: the kind is configured by its inputs (and tolerance) alone. */
export type NoOptions = Readonly<Record<string, never>>;

/** The options type of each kind. */
export interface KindOptions {
  readonly structure: NoOptions;
  readonly values: NoOptions;
  readonly property: PropertyOptions;
  readonly statistics: StatisticsOptions;
  readonly training: TrainingOptions;
  readonly purity: PurityOptions;
  readonly diagnosis: NoOptions;
}

// Reads a test's options as its kind's type; throws (a harness bug) when asked for another kind.
export function optionsOf<K extends CheckKind>(test: RubricTest, kind: K): KindOptions[K] {
  if (test.kind !== kind) throw new Error(`test ${test.id} is of kind ${test.kind}, not ${kind}`);
  return test.options as unknown as KindOptions[K];
}
