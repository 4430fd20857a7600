// Finds the `python3` the grader should use: NN_GRADER_PYTHON if set, else the first on PATH.
import { accessSync, constants } from "node:fs";
import { delimiter, isAbsolute, join } from "node:path";

/** Environment variable naming a Python interpreter to use instead of `python3` on PATH. */
export const PYTHON_OVERRIDE_VARIABLE = "NN_GRADER_PYTHON";

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The interpreter as found on the PATH (possibly a pyenv shim), or undefined when there is none. */
export function findPythonOnPath(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const override = env[PYTHON_OVERRIDE_VARIABLE];
  if (override !== undefined && override !== "") return executable(override) ? override : undefined;
  for (const dir of (env.PATH ?? "").split(delimiter)) {
    if (dir === "" || !isAbsolute(dir)) continue;
    const candidate = join(dir, "python3");
    if (executable(candidate)) return candidate;
  }
  return undefined;
}

// One line for when no interpreter can be started: which one was tried, and how to fix it.
export function missingPythonMessage(env: NodeJS.ProcessEnv = process.env): string {
  const override = env[PYTHON_OVERRIDE_VARIABLE];
  if (override !== undefined && override !== "") {
    return `${PYTHON_OVERRIDE_VARIABLE}=${override} is not an executable file: point it at a Python 3 with numpy ≥ 2, or unset it to use python3 on PATH`;
  }
  return `no python3 on PATH: install Python 3 with numpy ≥ 2 (pip install 'numpy>=2'), or set ${PYTHON_OVERRIDE_VARIABLE} to an interpreter that has it`;
}
