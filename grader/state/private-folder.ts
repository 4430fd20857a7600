// Folders for the state the grader reads back later (run cache, interpreter cache): owned by the grader's own
// user, mode 0700, never a symbolic link. A folder that fails these checks is not used.
import { chmodSync, lstatSync, mkdirSync } from "node:fs";
import { homedir, tmpdir } from "node:os";
import { join } from "node:path";

/** The grader's own state folder: NN_GRADER_CACHE_DIR, else $XDG_CACHE_HOME/nn-grader, else ~/.cache/nn-grader. */
export function stateRoot(env: NodeJS.ProcessEnv = process.env): string {
  if (env.NN_GRADER_CACHE_DIR) return env.NN_GRADER_CACHE_DIR;
  return join(env.XDG_CACHE_HOME || join(homedir(), ".cache"), "nn-grader");
}

/** Why `path` is not a private folder of this process's user, or undefined when it is. */
export function privateFolderProblem(path: string): string | undefined {
  const stat = lstatSync(path);
  if (stat.isSymbolicLink()) return `${path} is a symbolic link`;
  if (!stat.isDirectory()) return `${path} is not a folder`;
  const uid = process.getuid?.();
  if (uid !== undefined && stat.uid !== uid) return `${path} belongs to uid ${stat.uid}, not ${uid}`;
  if ((stat.mode & 0o077) !== 0) return `${path} has mode ${(stat.mode & 0o777).toString(8)}, not 700`;
  return undefined;
}

/**
 * Creates `path` (and its parents) if needed, tightens a folder of ours to 0700, and returns it; returns
 * undefined when it cannot be made private (someone else's, a link, not a folder).
 */
export function ensurePrivateFolder(path: string): string | undefined {
  try {
    mkdirSync(path, { recursive: true, mode: 0o700 });
    const stat = lstatSync(path);
    const uid = process.getuid?.();
    if (stat.isDirectory() && !stat.isSymbolicLink() && (uid === undefined || stat.uid === uid))
      chmodSync(path, 0o700);
    return privateFolderProblem(path) === undefined ? path : undefined;
  } catch {
    return undefined;
  }
}

/** A private subfolder of the state root, or of a per-user folder in the temp folder when the root is unusable. */
export function privateStateFolder(name: string): string | undefined {
  const root = ensurePrivateFolder(stateRoot());
  if (root !== undefined) return ensurePrivateFolder(join(root, name));
  const fallback = ensurePrivateFolder(join(tmpdir(), `nn-grader-state-${process.getuid?.() ?? "user"}`));
  return fallback === undefined ? undefined : ensurePrivateFolder(join(fallback, name));
}
