// The folder staging folders are made in: $TMPDIR/nn-grader-staging-<uid>, the grader user's own (0711: a
// sandbox uid may pass through, no one else may list or write it). Each staging folder's name carries the
// grader's pid, so that folders left by a grader that was killed are removed by the next one to start.
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT_MODE = 0o711;
/** A staging folder's name: nn-grader-<pid>-<stem>-<random>. */
const STAGED = /^nn-grader-(\d+)-/;

let root: string | undefined;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Removes the staging folders of grader processes that no longer run; returns their names. */
export function reclaimStaging(folder: string): string[] {
  const removed: string[] = [];
  for (const name of readdirSync(folder)) {
    const pid = Number(STAGED.exec(name)?.[1]);
    if (!Number.isInteger(pid) || pid === process.pid || alive(pid)) continue;
    rmSync(join(folder, name), { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}

// True when `path` is a real folder of this user (not a link another user planted).
function ours(path: string): boolean {
  const stat = lstatSync(path);
  const uid = process.getuid?.();
  return stat.isDirectory() && !stat.isSymbolicLink() && (uid === undefined || stat.uid === uid);
}

/** The folder to stage in, made (and cleared of dead graders' folders) on first use in this process. */
export function stagingRoot(): string {
  if (root !== undefined) return root;
  const shared = join(tmpdir(), `nn-grader-staging-${process.getuid?.() ?? "user"}`);
  try {
    mkdirSync(shared, { mode: ROOT_MODE });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  if (ours(shared)) {
    chmodSync(shared, ROOT_MODE);
    reclaimStaging(shared);
    root = shared;
  } else root = mkdtempSync(join(tmpdir(), "nn-grader-staging-"));
  return root;
}

/** The name prefix of this process's staging folders. */
export function stagingPrefix(stem: string): string {
  return `nn-grader-${process.pid}-${stem}-`;
}
