// Plain types of a validated rubric: what the YAML file says, normalised once at load.

/** Gradescope's four visibility values. */
export type Visibility = "hidden" | "after_due_date" | "after_published" | "visible";

/** The check kinds (docs/architecture.md); each is a module under grader/checks/. */
export type CheckKind =
  | "structure"
  | "values"
  | "property"
  | "statistics"
  | "training"
  | "purity"
  | "diagnosis";

/** Numeric tolerance: |got − expected| ≤ atol + rtol·|expected| (numpy.isclose's rule). */
export interface Tolerance {
  readonly atol: number;
  readonly rtol: number;
}

/** A function the assignment grades, and the reference implementation it is compared with. */
export interface GradedFunction {
  /** Python name, e.g. initialize_parameters_he; TypeScript submissions may use camelCase. */
  readonly name: string;
  /** Key of the reference implementation in grader/assignments/<assignment>/. */
  readonly reference: string;
  /** Whether the function seeds numpy's global RNG itself (so its output must not depend on prior state). */
  readonly seeded: boolean;
}

/** One rubric test, with every option filled in (defaults applied at load). */
export interface RubricTest {
  readonly id: string;
  /** Shown to users; always starts with "<function>: ". */
  readonly name: string;
  readonly function: string;
  readonly kind: CheckKind;
  /** layers_dims lists to call the function with (structure, values, purity, diagnosis, statistics). */
  readonly inputs: readonly (readonly number[])[];
  readonly points: number;
  readonly visibility: Visibility;
  readonly tolerance: Tolerance;
  /** Text shown under a failure: what the concept is and what to check. */
  readonly feedback: string;
  /** Kind-specific settings, validated by the schema for that kind. */
  readonly options: Readonly<Record<string, unknown>>;
  /** Where the test is in the YAML file, for messages. */
  readonly source: { readonly path: string; readonly line: number };
}

/** A whole validated rubric. */
export interface Rubric {
  readonly version: 1;
  readonly assignment: string;
  readonly title: string;
  readonly functions: readonly GradedFunction[];
  readonly tests: readonly RubricTest[];
  /** Per-call deadline for student code, before calibration (milliseconds). */
  readonly deadlineMs: number;
  /** Wall-clock time one submission may use over all its loads and calls (milliseconds). */
  readonly submissionBudgetMs: number;
  /** The file the rubric was read from. */
  readonly file: string;
}
