// Expands the command line's FILE arguments: files as given, folders into the submissions they hold.
import { readdirSync, statSync } from "node:fs";
import { extname, join } from "node:path";
import { SUBMISSION_EXTENSIONS } from "../submissions/load-submission.js";
import { UsageError } from "./usage-error.js";

// Files as given (any extension: an unknown type is graded as a failure, not refused); folders are
// searched recursively, in sorted order, for files with a submission extension.
export function expandSubmissionPaths(paths: readonly string[]): string[] {
  const out: string[] = [];
  for (const path of paths) {
    let isFolder: boolean;
    try {
      isFolder = statSync(path).isDirectory();
    } catch {
      throw new UsageError(`no such file or folder: ${path}`);
    }
    if (isFolder) out.push(...submissionsIn(path));
    else out.push(path);
  }
  if (out.length === 0) throw new UsageError(`no submissions found in ${paths.join(", ")}`);
  return out;
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
