// The CLI's rule for grading hidden tests: only in a sandbox with a private filesystem (bubblewrap, or the
// namespaces level), unless the instructor explicitly allows less; `check` runs anyway and says so once.
import { chooseIsolation } from "../runners/isolation/choose-isolation.js";
import type { RunnerIsolationLevel } from "../runners/types.js";
import { UsageError } from "./usage-error.js";

/** Levels whose children see only the interpreter, the driver and their own submission. */
const PRIVATE_FILESYSTEM: readonly RunnerIsolationLevel[] = ["bubblewrap", "namespaces"];

/** The flag that lets `batch`, `ci` and `gradescope run` grade without a private filesystem. */
export const ALLOW_UNISOLATED = "--allow-unisolated";

/**
 * Refuses (UsageError, exit 2) to grade hidden tests below a private filesystem unless `allowed`; with
 * `allowed`, says once on stderr that it goes ahead.
 */
export async function requirePrivateFilesystem(command: string, allowed: boolean | undefined): Promise<void> {
  const level = await chooseIsolation(undefined);
  if (PRIVATE_FILESYSTEM.includes(level)) return;
  if (allowed === true) {
    process.stderr.write(
      `grader ${command}: grading without a private filesystem (isolation: ${level}), as ${ALLOW_UNISOLATED} asks\n`,
    );
    return;
  }
  throw new UsageError(
    `${command}: neither bubblewrap nor unprivileged user namespaces work here (isolation: ${level}), so a submission could read the hidden tests and other students' work; run \`grader doctor\`, or pass ${ALLOW_UNISOLATED} to grade anyway`,
  );
}

/** For `check`: one plain line on stderr when the student's code will run without a private filesystem. */
export async function noteUnisolatedCheck(): Promise<void> {
  const level = await chooseIsolation(undefined);
  if (PRIVATE_FILESYSTEM.includes(level)) return;
  process.stderr.write(
    `grader check: no sandbox with a private filesystem works on this machine (isolation: ${level}); your code runs with your own files, as when you run it yourself\n`,
  );
}
