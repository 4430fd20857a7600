// The error for a grader that cannot run submissions at all (no Python, a driver that will not start).

/** Thrown when grading cannot proceed for reasons unrelated to the submission; never a student's failure. */
export class InfrastructureError extends Error {
  override readonly name = "InfrastructureError";
}
