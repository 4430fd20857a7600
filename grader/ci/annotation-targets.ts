// Where annotations point: the submission's path relative to the repository root, and a line when known.
import { isAbsolute, relative, resolve, sep } from "node:path";
import type { GradeResult, TestResult } from "../grade/types.js";
import type { AnnotationOptions } from "../report/annotations.js";

// The repository-relative path GitHub needs for `file=`, or undefined for a file outside `root` (the
// annotation then attaches to the run instead of a file that the pull request does not have).
export function repositoryPath(file: string, root: string): string | undefined {
  const rel = relative(resolve(root), resolve(file));
  if (rel === "" || isAbsolute(rel) || rel.split(sep)[0] === "..") return undefined;
  return rel.split(sep).join("/");
}

// The submission line a failed test points at. The grade types do not carry it yet (the runners'
// StudentError.line stops at the check); once a TestResult has `line`, it is used, and nothing is ever
// parsed out of the human-readable details.
export function failureLine(test: TestResult): number | undefined {
  if (!("line" in test)) return undefined;
  const { line } = test;
  return typeof line === "number" && Number.isInteger(line) && line >= 1 ? line : undefined;
}

// Annotation options for results whose `submission` is the path given on the command line.
export function annotationTargets(root: string): AnnotationOptions {
  return {
    file: (result: GradeResult) => repositoryPath(result.submission, root),
    location: (_result: GradeResult, test: TestResult) => ({ line: failureLine(test) }),
  };
}
