// Session options as callers give them, and the normalised form the runners use inside.
import { ISOLATION_LEVELS } from "../sandbox/index.js";
import type { RunnerIsolationLevel } from "./types.js";

/** What a caller may pass to openSession; every field but `functions` has a default. */
export interface SessionOptions {
  /** Python names of the graded functions (a TypeScript submission may export them in camelCase). Checked
   * to be identifiers; calls are not limited to them (purity and diagnosis checks may call others). */
  readonly functions: readonly string[];
  /** Cap on each of stdout and stderr kept for the student; default 64 KiB per stream. */
  readonly outputCapBytes?: number;
  /** Cap on one response line from the driver; default 32 MiB. */
  readonly responseCapBytes?: number;
  /** Deadline for a call whose request carries no usable deadline; default 2000 ms. */
  readonly defaultDeadlineMs?: number;
  /** Deadline for starting the child and loading the submission; default 15000 ms. */
  readonly loadDeadlineMs?: number;
  /** Wall-clock time the submission may use over all its loads and calls; default 120000 ms. */
  readonly submissionBudgetMs?: number;
  /** Bytes the submission may send on its protocol channel over the whole session; default 256 MiB. */
  readonly submissionBytes?: number;
  /** JSON values the session may keep from the submission's replies; default 4 000 000. */
  readonly submissionValues?: number;
  /** Extra environment variables for the child, on top of the minimal environment. */
  readonly env?: Readonly<Record<string, string>>;
  /** A sandbox level weaker than the strongest available (tests), or "none" (benchmarks only; no user-facing
   * path sets it). Default: NN_GRADER_ISOLATION if set, else the strongest level that works here. */
  readonly isolation?: RunnerIsolationLevel;
}

/** SessionOptions with every default filled in and every value checked. */
export interface NormalizedSessionOptions {
  readonly functions: readonly string[];
  readonly outputCapBytes: number;
  readonly responseCapBytes: number;
  readonly defaultDeadlineMs: number;
  readonly loadDeadlineMs: number;
  readonly submissionBudgetMs: number;
  readonly submissionBytes: number;
  readonly submissionValues: number;
  readonly env: Readonly<Record<string, string>>;
  /** undefined: decided per process from the environment and the machine (chooseIsolation). */
  readonly isolation: RunnerIsolationLevel | undefined;
}

const KIB = 1024;
const MIB = 1024 * KIB;
/** Defaults; the load deadline covers interpreter start and `import numpy` on a busy 2-core machine. */
export const SESSION_DEFAULTS = {
  outputCapBytes: 64 * KIB,
  responseCapBytes: 32 * MIB,
  defaultDeadlineMs: 2000,
  loadDeadlineMs: 15_000,
  submissionBudgetMs: 120_000,
  submissionBytes: 256 * MIB,
  submissionValues: 4_000_000,
} as const;

// A caller's bad option is a bug in the grader, not a student's failure: it throws.
function positive(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value <= 0) {
    throw new TypeError(`session options ${name}: expected a positive number, got ${value}`);
  }
  return value;
}

/** Fills in defaults and validates, once, at the entry of openSession. */
export function normalizeSessionOptions(options: SessionOptions): NormalizedSessionOptions {
  const functions = [...options.functions];
  for (const [index, name] of functions.entries()) {
    if (typeof name !== "string" || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
      throw new TypeError(
        `session options functions[${index}]: expected a Python identifier, got ${JSON.stringify(name)}`,
      );
    }
  }
  return {
    functions,
    outputCapBytes: positive("outputCapBytes", options.outputCapBytes, SESSION_DEFAULTS.outputCapBytes),
    responseCapBytes: positive(
      "responseCapBytes",
      options.responseCapBytes,
      SESSION_DEFAULTS.responseCapBytes,
    ),
    defaultDeadlineMs: positive(
      "defaultDeadlineMs",
      options.defaultDeadlineMs,
      SESSION_DEFAULTS.defaultDeadlineMs,
    ),
    loadDeadlineMs: positive("loadDeadlineMs", options.loadDeadlineMs, SESSION_DEFAULTS.loadDeadlineMs),
    submissionBudgetMs: positive(
      "submissionBudgetMs",
      options.submissionBudgetMs,
      SESSION_DEFAULTS.submissionBudgetMs,
    ),
    submissionBytes: positive("submissionBytes", options.submissionBytes, SESSION_DEFAULTS.submissionBytes),
    submissionValues: positive(
      "submissionValues",
      options.submissionValues,
      SESSION_DEFAULTS.submissionValues,
    ),
    env: { ...(options.env ?? {}) },
    isolation: isolationOption(options.isolation),
  };
}

function isolationOption(value: RunnerIsolationLevel | undefined): RunnerIsolationLevel | undefined {
  if (value === undefined || value === "none" || (ISOLATION_LEVELS as readonly string[]).includes(value)) {
    return value;
  }
  throw new TypeError(
    `session options isolation: expected one of ${[...ISOLATION_LEVELS, "none"].join(", ")}, got ${JSON.stringify(value)}`,
  );
}
