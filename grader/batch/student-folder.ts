// Picks the one submission file in a student's folder, by extension priority; links out are not followed.
import { extname } from "node:path";
import { containedEntries } from "./contained-entry.js";

/** Submission extensions, most preferred first: a notebook wins over the script exported from it. */
export const SUBMISSION_PRIORITY = [".ipynb", ".py", ".ts", ".js", ".mjs"] as const;

/** The file picked in a folder, or why none could be. */
export type FolderPick =
  | { readonly kind: "file"; readonly path: string; readonly name: string }
  | { readonly kind: "problem"; readonly problem: string };

// Chooses the submission among the folder's own files (not its subfolders).
export function pickFolderSubmission(folder: string): FolderPick {
  const entries = containedEntries(folder);
  for (const ext of SUBMISSION_PRIORITY) {
    const files = entries.filter((e) => e.type === "file" && extname(e.name) === ext && e.name !== ext);
    if (files.length === 1) return { kind: "file", path: files[0].path, name: files[0].name };
    if (files.length > 1) {
      const names = files.map((f) => f.name).join(", ");
      return { kind: "problem", problem: `several ${ext} files, expected one: ${names}` };
    }
  }
  const ignored = entries.flatMap((e) => (e.type === "ignored" ? [`${e.name}: ${e.why}`] : []));
  const note = ignored.length === 0 ? "" : ` (ignored ${ignored.join("; ")})`;
  return {
    kind: "problem",
    problem: `no submission file (${SUBMISSION_PRIORITY.join(", ")}) in the folder${note}`,
  };
}
