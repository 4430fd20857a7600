// The minimal environment a driver starts with: nothing of the grader's own environment but what is named here.

/** Variables copied from the grader's environment when set: OpenBLAS's CPU overrides (set on processors where
 * older OpenBLAS kernels compute wrong results; see the machine notes). Nothing else of the grader's. */
const PASSED_THROUGH = ["OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE"] as const;

/** Set for every driver: a fixed search path, the sandbox's private /tmp as home and temp folder, UTF-8 text,
 * and one BLAS thread (numpy's threads would fight over 2 cores, and each counts against the process limit). */
const COMMON = {
  PATH: "/usr/local/bin:/usr/bin:/bin",
  HOME: "/tmp",
  TMPDIR: "/tmp",
  LANG: "C.UTF-8",
  LC_ALL: "C.UTF-8",
  OPENBLAS_NUM_THREADS: "1",
  OMP_NUM_THREADS: "1",
  MKL_NUM_THREADS: "1",
} as const;

/** The base environment of a driver, plus the language's own variables and the caller's extras. */
export function childEnvironment(
  language: Readonly<Record<string, string>>,
  extra: Readonly<Record<string, string>>,
  from: NodeJS.ProcessEnv = process.env,
): Record<string, string> {
  const env: Record<string, string> = {};
  for (const name of PASSED_THROUGH) {
    const value = from[name];
    if (value !== undefined) env[name] = value;
  }
  return { ...env, ...COMMON, ...language, ...extra };
}
