// Refuses a rubric that a pull request could have changed: a wrong SHA-256, or none for a rubric that
// lives in the repository under test. Returns the refusal as data; the command decides how to print it.
import { createHash } from "node:crypto";
import { readFileSync, realpathSync } from "node:fs";
import { isAbsolute, relative, resolve, sep } from "node:path";
import { UsageError } from "../cli/usage-error.js";

/** Why the run must not mark anything, in one line users can act on. */
export interface Refusal {
  readonly title: string;
  readonly message: string;
}

const SHA256_HEX = /^[0-9a-f]{64}$/;

// Normalises --rubric-sha256: 64 hexadecimal digits, any case, as printed by `sha256sum`.
export function parseSha256(value: string): string {
  const hex = value.trim().toLowerCase();
  if (SHA256_HEX.test(hex)) return hex;
  throw new UsageError(
    `--rubric-sha256: expected 64 hexadecimal digits (the first column of \`sha256sum RUBRIC\`), got "${value}"`,
  );
}

// The SHA-256 of a file's bytes, in lowercase hexadecimal.
export function sha256File(path: string): string {
  try {
    return createHash("sha256").update(readFileSync(path)).digest("hex");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`rubric not found: ${path}${code && code !== "ENOENT" ? ` (${code})` : ""}`);
  }
}

/** What to check: the rubric's path, the expected hash if given, the checkout of the repository under test. */
export interface IntegrityRequest {
  readonly rubric: string;
  readonly expectedSha256?: string;
  readonly workspace?: string;
}

/** What the check found: the rubric may be used (and why), or a refusal. */
export type RubricCheck =
  | { readonly kind: "pinned"; readonly sha256: string }
  | { readonly kind: "outside-workspace" }
  | { readonly kind: "unchecked" }
  | { readonly kind: "refused"; readonly refusal: Refusal };

/** A rubric that may be used, with the reason. */
export type AcceptedRubric = Exclude<RubricCheck, { readonly kind: "refused" }>;

// Checks the rubric before anything is graded: its hash when one is expected, else its location.
export function checkRubric(request: IntegrityRequest): RubricCheck {
  const { rubric, expectedSha256, workspace } = request;
  if (expectedSha256 !== undefined) {
    const actual = sha256File(rubric);
    if (actual === expectedSha256) return { kind: "pinned", sha256: actual };
    return refused(
      "rubric changed",
      `the rubric ${rubric} was changed: expected sha256 ${expectedSha256}, got ${actual}; this pull request cannot be marked`,
    );
  }
  if (workspace === undefined) return { kind: "unchecked" };
  if (!isInside(rubric, workspace)) return { kind: "outside-workspace" };
  return refused(
    "rubric not pinned",
    `the rubric ${rubric} is inside the repository under test (${workspace}), which a pull request can change: give its expected SHA-256 (--rubric-sha256, the action's rubric-sha256 input) or take the rubric from outside the repository; this pull request cannot be marked`,
  );
}

function refused(title: string, message: string): RubricCheck {
  return { kind: "refused", refusal: { title, message } };
}

// True when `path` is in `folder`, as written or once symbolic links are followed (either counts).
function isInside(path: string, folder: string): boolean {
  const within = (p: string, dir: string) => {
    const rel = relative(dir, p);
    return rel === "" || (rel.split(sep)[0] !== ".." && !isAbsolute(rel));
  };
  if (within(resolve(path), resolve(folder))) return true;
  try {
    return within(realpathSync(path), realpathSync(folder));
  } catch {
    return false;
  }
}
