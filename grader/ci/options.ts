// `grader ci` options, normalised once: every default applied, every value checked.
import { UsageError } from "../cli/usage-error.js";
import { DEFAULT_MIN_SCORE, parseMinScore } from "./min-score.js";
import { parseSha256 } from "./rubric-integrity.js";

/** Where the JUnit report goes unless --junit says otherwise. */
export const DEFAULT_JUNIT_PATH = "nn-grader-junit.xml";

/** The options as commander hands them over. */
export interface RawCiOptions {
  readonly rubric?: string;
  readonly rubricSha256?: string;
  readonly workspace?: string;
  readonly minScore?: string;
  readonly junit?: string;
  readonly summary?: string;
  readonly visibleOnly?: boolean;
  readonly showHidden?: boolean;
  readonly verifyOnly?: boolean;
}

/** The options code inside sees: nothing left undefined that has a default. */
export interface CiOptions {
  readonly paths: readonly string[];
  /** undefined: the bundled rubric. */
  readonly rubric: string | undefined;
  readonly rubricSha256: string | undefined;
  readonly workspace: string | undefined;
  /** A fraction in [0, 1]. */
  readonly minScore: number;
  readonly junitPath: string;
  /** --summary, else $GITHUB_STEP_SUMMARY, else no step summary. */
  readonly summaryPath: string | undefined;
  readonly visibleOnly: boolean;
  /** Hidden tests' inputs, expected values and evidence go into the reports (instructors only). */
  readonly showHidden: boolean;
  readonly verifyOnly: boolean;
}

// Applies defaults and validates; the environment is passed in so tests need not touch process.env.
export function normaliseCiOptions(
  paths: readonly string[],
  raw: RawCiOptions,
  env: NodeJS.ProcessEnv,
): CiOptions {
  const verifyOnly = raw.verifyOnly === true;
  if (!verifyOnly && paths.length === 0)
    throw new UsageError("ci: expected at least one submission file or folder");
  if (verifyOnly && paths.length > 0)
    throw new UsageError("ci --verify-only checks the grading setup and grades nothing: drop the paths");
  const sha256 = nonEmpty(raw.rubricSha256);
  const minScore = nonEmpty(raw.minScore);
  return {
    paths,
    rubric: nonEmpty(raw.rubric),
    rubricSha256: sha256 === undefined ? undefined : parseSha256(sha256),
    workspace: nonEmpty(raw.workspace),
    minScore: minScore === undefined ? DEFAULT_MIN_SCORE : parseMinScore(minScore),
    junitPath: nonEmpty(raw.junit) ?? DEFAULT_JUNIT_PATH,
    summaryPath: nonEmpty(raw.summary) ?? nonEmpty(env.GITHUB_STEP_SUMMARY),
    visibleOnly: raw.visibleOnly === true,
    showHidden: raw.showHidden === true,
    verifyOnly,
  };
}

// An action input left blank arrives as "": the same as not given.
function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === "" ? undefined : value;
}
