// The error for bad command lines and bad configuration: printed as one line, exit status 2.

/** Thrown for a usage or configuration mistake; the CLI prints `grader: <message>` and exits with 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

/** Exit status for usage and configuration errors (as in POSIX utilities). */
export const USAGE_EXIT_CODE = 2;
