// Checks the Python the runners would use: the real interpreter, and numpy ≥ 2 importable in the driver's environment.
import { execa } from "execa";
import { childEnvironment } from "../child-env.js";
import { PYTHON_OVERRIDE_VARIABLE } from "../python/find-python.js";
import { PYTHON_ENV } from "../python/python-plan.js";
import { resolvePython } from "../python/resolve-python.js";
import type { DoctorItem } from "./doctor-item.js";

const PROBE =
  "import sys\ntry:\n import numpy\n v = numpy.__version__\nexcept Exception as e:\n v = ''\nprint(sys.version.split()[0])\nprint(v)";
const PROBE_TIMEOUT_MS = 30_000;
/** The numpy the reference reproduces bit for bit (legacy RandomState streams); 1.x is refused. */
export const MIN_NUMPY_MAJOR = 2;

/** The python and numpy lines of the doctor report. */
export async function probePython(): Promise<[DoctorItem, DoctorItem]> {
  const python = await resolvePython();
  const override = process.env[PYTHON_OVERRIDE_VARIABLE] || undefined;
  const tried = override === undefined ? "" : `${PYTHON_OVERRIDE_VARIABLE}=${override}`;
  const installPython =
    override === undefined
      ? `install Python 3 with numpy (pip install 'numpy>=2'), or set ${PYTHON_OVERRIDE_VARIABLE} to an interpreter that has it`
      : `point ${PYTHON_OVERRIDE_VARIABLE} at a Python 3 with numpy ≥ 2, or unset it to use python3 on PATH`;
  if (python === undefined) {
    const detail = override === undefined ? "no python3 on PATH" : `${tried} is not an executable file`;
    return [
      { name: "python", status: "missing", detail, fix: installPython },
      { name: "numpy", status: "missing", detail: "no Python to import it", fix: installPython },
    ];
  }
  const result = await execa(python.executable, ["-c", PROBE], {
    reject: false,
    timeout: PROBE_TIMEOUT_MS,
    extendEnv: false,
    env: childEnvironment(PYTHON_ENV, {}),
  });
  const [version = "", numpy = ""] = (typeof result.stdout === "string" ? result.stdout : "")
    .split("\n")
    .map((s) => s.trim());
  if (result.exitCode !== 0 || version === "") {
    const why = `${python.executable}${override === undefined ? "" : ` (${tried})`} does not run: ${String(result.stderr).split("\n")[0] || `exit code ${result.exitCode}`}`;
    return [
      { name: "python", status: "missing", detail: why, fix: installPython },
      { name: "numpy", status: "missing", detail: "no working Python to import it", fix: installPython },
    ];
  }
  const via = override === undefined ? python.foundAs : tried;
  const shownAs = via === python.executable ? "" : ` via ${via}`;
  const pythonItem: DoctorItem = {
    name: "python",
    status: "ok",
    detail: `${python.executable} (Python ${version})${shownAs}`,
  };
  const pipFix = `${python.executable} -m pip install 'numpy>=${MIN_NUMPY_MAJOR}'`;
  if (numpy === "")
    return [
      pythonItem,
      { name: "numpy", status: "missing", detail: "not importable by that Python", fix: pipFix },
    ];
  if (Number.parseInt(numpy, 10) < MIN_NUMPY_MAJOR) {
    return [
      pythonItem,
      {
        name: "numpy",
        status: "missing",
        detail: `${numpy} is too old: need numpy ≥ ${MIN_NUMPY_MAJOR}`,
        fix: pipFix,
      },
    ];
  }
  return [pythonItem, { name: "numpy", status: "ok", detail: numpy }];
}
