// Picks the one submission file in a student's folder, by extension priority; links out are not followed.
import { extname } from "node:path";
import { containedEntries } from "./contained-entry.js";

/** Submission extensions, most preferred first: a notebook wins over the script exported from it. */
export const SUBMISSION_PRIORITY = [".ipynb", ".py", ".ts", ".js", ".mjs"] as const;

/** The file picked in a folder (and the other candidate files it was preferred to), or why none could be. */
export type FolderPick =
  | {
      readonly kind: "file";
      readonly path: string;
      readonly name: string;
      readonly ignored: readonly string[];
    }
  | { readonly kind: "problem"; readonly problem: string };

function isCandidate(name: string): boolean {
  const ext = extname(name);
  return (SUBMISSION_PRIORITY as readonly string[]).includes(ext) && name !== ext;
}

// Chooses the submission among the folder's own files (not its subfolders).
export function pickFolderSubmission(folder: string): FolderPick {
  const entries = containedEntries(folder);
  for (const ext of SUBMISSION_PRIORITY) {
    const files = entries.filter((e) => e.type === "file" && extname(e.name) === ext && e.name !== ext);
    if (files.length === 1) {
      const ignored = entries
        .filter((e) => e.type === "file" && e !== files[0] && isCandidate(e.name))
        .map((e) => e.name)
        .sort();
      return { kind: "file", path: files[0].path, name: files[0].name, ignored };
    }
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
