// Atomic file replacement: write a temporary file in the same folder, fsync it, rename it over the
// target, fsync the folder. A reader (or a resumed batch) sees the old bytes or the new, never a mix.
import { randomBytes } from "node:crypto";
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";

// Replaces `path` with `text` atomically and durably.
export function writeFileAtomic(path: string, text: string): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  const fd = openSync(temp, "w", 0o644);
  try {
    writeAll(fd, Buffer.from(text, "utf8"));
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(temp, { force: true });
    throw error;
  }
  closeSync(fd);
  renameSync(temp, path);
  syncFolder(dirname(path));
}

// Writes every byte (a single write may be short).
export function writeAll(fd: number, bytes: Buffer): void {
  let done = 0;
  while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done);
}

// Writes atomically unless the file already holds exactly `text` (a resumed or repeated run rewrites nothing).
export function writeFileIfChanged(path: string, text: string): void {
  let current: string | undefined;
  try {
    current = readFileSync(path, "utf8");
  } catch {
    current = undefined;
  }
  if (current !== text) writeFileAtomic(path, text);
}

// Makes a rename or a new file in `folder` durable (where the platform allows opening folders).
export function syncFolder(folder: string): void {
  let fd: number;
  try {
    fd = openSync(folder, "r");
  } catch {
    return;
  }
  try {
    fsyncSync(fd);
  } catch {
    // some file systems refuse fsync on a folder; the rename itself is still atomic
  } finally {
    closeSync(fd);
  }
}
