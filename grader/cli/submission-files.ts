// Expands the command line's FILE arguments: files as given, folders into the submissions they hold; and
// refuses, as usage errors, what cannot be graded at all (an unsupported file type, no Python).
import { readdirSync, statSync } from "node:fs";
import { extname, join } from "node:path";
import { findPythonOnPath, missingPythonMessage } from "../runners/python/find-python.js";
import { SUBMISSION_EXTENSIONS } from "../submissions/load-submission.js";
import { UsageError } from "./usage-error.js";

/** The submission types that need a Python interpreter. */
const PYTHON_EXTENSIONS: readonly string[] = [".py", ".ipynb"];
const SUPPORTED = `supported: ${SUBMISSION_EXTENSIONS.join(", ")}`;

// Files as given, each of a submission type; folders are searched recursively, in sorted order, for files
// with a submission extension.
export function expandSubmissionPaths(paths: readonly string[]): string[] {
  const out: string[] = [];
  for (const path of paths) {
    if (isFolder(path)) {
      const found = submissionsIn(path);
      if (found.length === 0)
        throw new UsageError(`${path}: a folder with no submission in it (${SUPPORTED})`);
      out.push(...found);
    } else out.push(supportedFile(path));
  }
  return out;
}

// The one file `grader check` takes: a folder is refused rather than searched.
export function submissionFile(path: string): string {
  if (isFolder(path)) throw new UsageError(`${path}: a folder; grader check takes one file (${SUPPORTED})`);
  return supportedFile(path);
}

// Refuses to start when a Python submission is to be graded and no interpreter can be found.
export function requireInterpreters(paths: readonly string[], env: NodeJS.ProcessEnv = process.env): void {
  const needsPython = paths.some((p) => PYTHON_EXTENSIONS.includes(extname(p).toLowerCase()));
  if (needsPython && findPythonOnPath(env) === undefined) throw new UsageError(missingPythonMessage(env));
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    throw new UsageError(`no such file or folder: ${path}`);
  }
}

function supportedFile(path: string): string {
  const ext = extname(path);
  if ((SUBMISSION_EXTENSIONS as readonly string[]).includes(ext)) return path;
  const type = ext === "" ? "a file with no extension" : `a ${ext} file`;
  throw new UsageError(`${path}: cannot grade ${type} (${SUPPORTED})`);
}

function submissionsIn(folder: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) =>
    a.name < b.name ? -1 : 1,
  )) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) found.push(...submissionsIn(path));
    else if (entry.isFile() && (SUBMISSION_EXTENSIONS as readonly string[]).includes(extname(entry.name)))
      found.push(path);
  }
  return found;
}
