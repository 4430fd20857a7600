// How to run a .py or .ipynb submission: the real interpreter, driver.py, a minimal environment, the load
// request, all inside the sandbox: the child reads only the driver, its staged copy and Python's own files.

import { PYTHON_LIMITS, pythonReadablePaths } from "../../sandbox/index.js";
import type { Submission } from "../../submissions/load-submission.js";
import { childEnvironment } from "../child-env.js";
import { InfrastructureError } from "../infrastructure-error.js";
import { sandboxedLaunch } from "../isolation/sandboxed-launch.js";
import type { NormalizedSessionOptions } from "../options.js";
import { packageFile } from "../package-root.js";
import type { DriverPlan } from "../session/driver-session.js";
import type { StagedSubmission } from "../staging/stage-submission.js";
import type { RunnerIsolationLevel } from "../types.js";
import { resolvePython } from "./resolve-python.js";

/** Python's own switches for the driver: no bytecode files, a fixed hash seed, UTF-8 I/O. */
export const PYTHON_ENV = {
  PYTHONDONTWRITEBYTECODE: "1",
  PYTHONHASHSEED: "0",
  PYTHONIOENCODING: "utf-8",
} as const;

/** The shipped driver; .py files are not compiled, so it is found from the package root, from src and dist alike. */
export function pythonDriverPath(): string {
  return packageFile("grader", "runners", "python", "driver.py");
}

/** The driver's package, the only other grader folder the child reads. */
function driverPackagePath(): string {
  return packageFile("grader", "runners", "python", "nngrader_driver");
}

/** The plan for a Python or notebook submission; throws InfrastructureError when there is no Python at all. */
export async function pythonPlan(
  submission: Extract<Submission, { kind: "python" | "notebook" }>,
  staged: StagedSubmission,
  options: NormalizedSessionOptions,
  level: RunnerIsolationLevel,
): Promise<DriverPlan> {
  const python = await resolvePython();
  if (python === undefined) {
    throw new InfrastructureError(
      "no python3 found on PATH (or in NN_GRADER_PYTHON): install Python 3 with numpy; run `grader doctor`",
    );
  }
  const { displayName } = submission;
  const { path } = staged;
  const common = { op: "load", filename: displayName, path, functions: options.functions } as const;
  const load =
    submission.kind === "python"
      ? ({ ...common, mode: "module", source: submission.source } as const)
      : ({ ...common, mode: "notebook", cells: submission.cells } as const);
  const env = childEnvironment(PYTHON_ENV, options.env);
  const installation = level === "none" ? [] : await pythonReadablePaths(python.executable, env);
  const { launch, isolation } = sandboxedLaunch(
    {
      argv: [python.executable, "-B", pythonDriverPath()],
      readable: [pythonDriverPath(), driverPackagePath(), staged.dir, ...installation],
      limits: PYTHON_LIMITS,
      env,
      cwd: staged.dir,
      marker: staged.marker,
    },
    level,
  );
  return { displayName, launch, load, isolation, dispose: staged.dispose };
}
