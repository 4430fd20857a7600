// Where Gradescope's harness puts things (docs/gradescope.md); every path is overridable for tests.

/** The autograder's folder in Gradescope's container: the zip is extracted to source/, the student's files go to submission/. */
export const GRADESCOPE_PATHS = {
  submissionDir: "/autograder/submission",
  metadata: "/autograder/submission_metadata.json",
  results: "/autograder/results/results.json",
} as const;

/** Names inside the autograder zip (extracted to /autograder/source). */
export const ZIP_LAYOUT = {
  setup: "setup.sh",
  run: "run_autograder",
  rubric: "rubric.yaml",
  /** The folder holding nn-grader itself: package.json, dist/, driver files, rubrics/, schemas/. */
  grader: "nn-grader",
} as const;
