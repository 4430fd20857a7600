// Directory entries seen without following links out of their folder: a symbolic link counts only when
// it resolves to a file or folder inside the folder that holds it.
import { type Dirent, readdirSync, realpathSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";

/** An entry of a folder, as a plain file, a folder, or something not to use (and why). */
export type Entry =
  | { readonly name: string; readonly path: string; readonly type: "file" | "folder" }
  | { readonly name: string; readonly path: string; readonly type: "ignored"; readonly why: string };

// The visible entries of `folder` (names starting with "." are skipped), sorted by name (code units).
export function containedEntries(folder: string): Entry[] {
  const root = realpathSync(folder);
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith("."))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((entry) => classify(root, folder, entry));
}

function classify(root: string, folder: string, entry: Dirent): Entry {
  const path = join(folder, entry.name);
  if (entry.isFile()) return { name: entry.name, path, type: "file" };
  if (entry.isDirectory()) return { name: entry.name, path, type: "folder" };
  if (!entry.isSymbolicLink()) return { name: entry.name, path, type: "ignored", why: "not a file" };
  let target: string;
  try {
    target = realpathSync(path);
  } catch {
    return { name: entry.name, path, type: "ignored", why: "a broken link" };
  }
  const inside = relative(root, target);
  if (inside === "" || inside.startsWith(`..${sep}`) || inside === ".." || inside.startsWith(sep))
    return { name: entry.name, path, type: "ignored", why: "a link pointing outside its folder" };
  const stat = statSync(target);
  if (stat.isFile()) return { name: entry.name, path, type: "file" };
  if (stat.isDirectory()) return { name: entry.name, path, type: "folder" };
  return { name: entry.name, path, type: "ignored", why: "not a file" };
}
