// The --rubric option shared by the grading commands: default rubric, loading, configuration errors.

import { loadRubric } from "../rubric/load.js";
import { formatProblems, RubricError } from "../rubric/problems.js";
import type { Rubric } from "../rubric/types.js";
import { packageFile } from "../runners/package-root.js";
import { UsageError } from "./usage-error.js";

/** The rubric used when none is given: the Initialization assignment shipped with the package. */
export function defaultRubricPath(): string {
  return packageFile("rubrics", "initialization.yaml");
}

// Loads the rubric; an invalid or unreadable one is a configuration error (exit 2) listing its problems.
export function loadRubricOption(file: string | undefined): Rubric {
  const path = file ?? defaultRubricPath();
  try {
    return loadRubric(path);
  } catch (error) {
    if (error instanceof RubricError) {
      for (const line of formatProblems(path, error.problems)) process.stderr.write(`${line}\n`);
      const n = error.problems.length;
      throw new UsageError(`${path}: invalid rubric (${n} problem${n === 1 ? "" : "s"})`);
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new UsageError(`rubric not found: ${path}`);
    throw error;
  }
}

// Whether to colour terminal output: only on a TTY, and never with NO_COLOR set.
export function useColor(stream: NodeJS.WriteStream): boolean {
  if (process.env.NO_COLOR) return false;
  if (process.env.FORCE_COLOR && process.env.FORCE_COLOR !== "0") return true;
  return stream.isTTY === true;
}
