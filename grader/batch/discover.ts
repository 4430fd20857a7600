// Finds the students in a submissions folder: one file per student (id = the file's stem) or one folder
// per student (id = the folder's name). A student whose submission cannot be picked is data, not a crash.
import { extname, resolve } from "node:path";
import { containedEntries, type Entry } from "./contained-entry.js";
import { pickFolderSubmission, SUBMISSION_PRIORITY } from "./student-folder.js";

/** A student found in the folder: the file to grade, or why there is none. */
export type Student =
  | {
      readonly kind: "submission";
      readonly id: string;
      /** Absolute path of the file to grade. */
      readonly file: string;
      /** Path relative to the submissions folder ("alice.py", "bob/solution.ipynb"): the reported name. */
      readonly name: string;
      /** Other candidate files in the student's folder that were not graded ("bob/solution.py"). */
      readonly ignored: readonly string[];
    }
  | { readonly kind: "problem"; readonly id: string; readonly problem: string };

/** The students, sorted by id, and the entries that were not taken as submissions. */
export interface Discovery {
  readonly students: readonly Student[];
  readonly skipped: readonly string[];
}

// Lists the students of `dir`, leaving out `exclude` (the output folder when it lies inside `dir`).
export function discoverStudents(dir: string, exclude: readonly string[] = []): Discovery {
  const excluded = new Set(exclude.map((path) => resolve(path)));
  const byId = new Map<string, Entry[]>();
  const skipped: string[] = [];
  for (const entry of containedEntries(dir)) {
    if (excluded.has(resolve(entry.path))) continue;
    const id = studentIdOf(entry);
    if (id === undefined) {
      skipped.push(entry.type === "ignored" ? `${entry.name} (${entry.why})` : entry.name);
      continue;
    }
    byId.set(id, [...(byId.get(id) ?? []), entry]);
  }
  const students = [...byId.keys()].sort(compareIds).map((id) => studentOf(id, byId.get(id) ?? []));
  return { students, skipped };
}

/** Sorts ids by UTF-16 code units: the same order on every machine and locale. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function studentIdOf(entry: Entry): string | undefined {
  if (entry.type === "folder") return entry.name;
  if (entry.type !== "file") return undefined;
  const ext = extname(entry.name);
  if (!(SUBMISSION_PRIORITY as readonly string[]).includes(ext)) return undefined;
  const stem = entry.name.slice(0, -ext.length);
  return stem === "" ? undefined : stem;
}

function studentOf(id: string, entries: readonly Entry[]): Student {
  if (entries.length > 1) {
    const names = entries.map((e) => (e.type === "folder" ? `${e.name}/` : e.name)).join(", ");
    return { kind: "problem", id, problem: `several submissions for one student: ${names}` };
  }
  const [entry] = entries;
  if (entry.type === "file")
    return { kind: "submission", id, file: resolve(entry.path), name: entry.name, ignored: [] };
  const picked = pickFolderSubmission(entry.path);
  if (picked.kind === "problem") return { kind: "problem", id, problem: picked.problem };
  const ignored = picked.ignored.map((name) => `${entry.name}/${name}`);
  return {
    kind: "submission",
    id,
    file: resolve(picked.path),
    name: `${entry.name}/${picked.name}`,
    ignored,
  };
}
