// Copies one submission file into a fresh folder of its own: the only submission path a sandboxed child can see.
import { chmod, copyFile, lstat, mkdir, mkdtemp, realpath, rm, stat } from "node:fs/promises";
import { basename, dirname, join, sep } from "node:path";
import type { StudentError } from "../types.js";
import { stagingPrefix, stagingRoot } from "./staging-root.js";

/** A staged copy: the folder (the child's cwd and only readable submission path) and the file in it. */
export interface StagedSubmission {
  readonly dir: string;
  readonly path: string;
  /** Unique name of this staging (the folder's name), used as the sandbox marker of the session's children. */
  readonly marker: string;
  /** Where runners may put files they make for the child (a bundle), readable like the submission. */
  readonly workDir: string;
  /** Removes the folder and everything in it. */
  dispose(): Promise<void>;
}

/** Folders the sandbox uid must traverse and read; files it must read (never write). */
const DIR_MODE = 0o755;
const FILE_MODE = 0o644;
/** Longest part of the file's stem kept in the folder's name (to tell sandboxes apart in `ps`). */
const STEM_CHARS = 40;

function fileError(type: string, message: string): StudentError {
  return { type, message, traceback: "" };
}

function within(path: string, folder: string): boolean {
  return path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep);
}

/**
 * Why `path` must not be graded, if it must not: a symbolic link leading outside its own folder (a folder
 * submission pointing at the rubric or another student's work) or something other than a regular file (a
 * FIFO would block the grader's read). A missing file is left to the loader, which words that failure.
 */
export async function refusedPath(path: string): Promise<StudentError | undefined> {
  const name = basename(path);
  let link: boolean;
  try {
    link = (await lstat(path)).isSymbolicLink();
  } catch {
    return undefined;
  }
  if (link) {
    let target: string;
    try {
      target = await realpath(path);
    } catch {
      return fileError("FileNotReadable", `${name} is a symbolic link to a file that does not exist`);
    }
    if (!within(target, await realpath(dirname(path)))) {
      return fileError(
        "SymlinkOutsideFolder",
        `${name} is a symbolic link to a file outside its folder: only the submission's own files are graded`,
      );
    }
  }
  const target = await stat(path).catch(() => undefined);
  if (target !== undefined && !target.isFile()) {
    return fileError("NotARegularFile", `${name} is not a regular file`);
  }
  return undefined;
}

// The file's stem reduced to characters that are safe in a path and in /proc listings.
function safeStem(name: string): string {
  const stem = name.replace(/\.[^.]*$/, "").replace(/[^A-Za-z0-9_-]+/g, "_");
  return stem.slice(0, STEM_CHARS) || "submission";
}

/**
 * Copies the regular file `path` (already checked with refusedPath) as `<fresh folder>/<its base name>`; the
 * folder is removed by dispose(), or by the next grader to start if this one is killed first.
 */
export async function stageSubmission(path: string): Promise<StagedSubmission> {
  const name = basename(path);
  const dir = await mkdtemp(join(stagingRoot(), stagingPrefix(safeStem(name))));
  const dispose = () => rm(dir, { recursive: true, force: true });
  try {
    await chmod(dir, DIR_MODE);
    const staged = join(dir, name);
    await copyFile(path, staged);
    await chmod(staged, FILE_MODE);
    const workDir = join(dir, ".nn-grader");
    await mkdir(workDir, { mode: DIR_MODE });
    await chmod(workDir, DIR_MODE);
    return { dir, path: staged, marker: basename(dir), workDir, dispose };
  } catch (error) {
    await dispose();
    throw error;
  }
}
