// Finds the one file to grade among what a student uploaded; anything else is a message, not a crash.
import { readdirSync } from "node:fs";
import { extname, join, relative } from "node:path";

/** Extensions in order of preference: a notebook wins over a .py exported from it, and so on. */
export const SUBMISSION_PRIORITY = [".ipynb", ".py", ".ts", ".js", ".mjs"] as const;

/** Folders that never hold the submission: editor and OS droppings, caches, dependencies. */
const SKIPPED_FOLDERS = new Set(["__MACOSX", "__pycache__", "node_modules"]);

/** Names listed in a message at most, so a huge upload does not flood the student's output. */
const MAX_LISTED = 10;

/** The file to grade, or why there is none. */
export type FoundSubmission =
  | { readonly kind: "found"; readonly file: string; readonly name: string }
  | { readonly kind: "missing"; readonly message: string };

// Picks the submission in `folder` (searched recursively): the files with the most preferred extension
// present; exactly one of them is graded, none or several is a message for the student.
export function findSubmission(folder: string): FoundSubmission {
  let files: string[];
  try {
    files = filesIn(folder).map((file) => relative(folder, file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    return {
      kind: "missing",
      message: `No submission was received (the folder ${folder} could not be read: ${code}).`,
    };
  }
  const expected = `one file ending in ${SUBMISSION_PRIORITY.join(", ")}`;
  for (const extension of SUBMISSION_PRIORITY) {
    const candidates = files.filter((file) => extname(file).toLowerCase() === extension);
    if (candidates.length === 1)
      return { kind: "found", file: join(folder, candidates[0]), name: candidates[0] };
    if (candidates.length > 1)
      return {
        kind: "missing",
        message: `Found ${candidates.length} ${extension} files (${listed(candidates)}); submit exactly ${expected}, so that it is clear which one to grade.`,
      };
  }
  const found = files.length === 0 ? "the submission is empty" : `found only ${listed(files)}`;
  return { kind: "missing", message: `No file to grade: ${found}. Submit ${expected}.` };
}

function listed(names: readonly string[]): string {
  const shown = names.slice(0, MAX_LISTED).join(", ");
  return names.length > MAX_LISTED ? `${shown} and ${names.length - MAX_LISTED} more` : shown;
}

// Regular files under `folder`, sorted, skipping hidden entries (.ipynb_checkpoints, ._ files) and SKIPPED_FOLDERS.
function filesIn(folder: string): string[] {
  const out: string[] = [];
  const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory() && !SKIPPED_FOLDERS.has(entry.name)) out.push(...filesIn(path));
    else if (entry.isFile()) out.push(path);
  }
  return out;
}
