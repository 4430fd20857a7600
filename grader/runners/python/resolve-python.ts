// Resolves the real Python binary behind `python3` once (a pyenv shim costs ~50 ms per start), with a cache file
// in the grader's private state folder (0700, sealed entries): a file another user or a submission could plant
// in a shared temp folder would otherwise choose the program the grader runs.
import { createHash } from "node:crypto";
import { accessSync, constants, statSync } from "node:fs";
import { join } from "node:path";
import { execa } from "execa";
import { privateStateFolder } from "../../state/private-folder.js";
import { readSealed, writeSealed } from "../../state/sealed-file.js";
import { findPythonOnPath } from "./find-python.js";

/** The interpreter to start drivers with, and the command it was found as. */
export interface ResolvedPython {
  /** The real binary (sys.executable), or the found command itself when asking it failed. */
  readonly executable: string;
  readonly foundAs: string;
}

const ASK_TIMEOUT_MS = 20_000;
let inProcess: Promise<ResolvedPython | undefined> | undefined;

// Keyed by the shim's path, its mtime and PYENV_VERSION: reinstalling or switching versions misses the cache.
function cacheFile(found: string): string | undefined {
  const folder = privateStateFolder("python");
  if (folder === undefined) return undefined;
  const stat = statSync(found);
  const key = `${found}\0${stat.mtimeMs}\0${process.env.PYENV_VERSION ?? ""}`;
  return join(folder, `python-${createHash("sha256").update(key).digest("hex").slice(0, 16)}.json`);
}

function readCache(file: string): string | undefined {
  try {
    const body = readSealed(file);
    if (body === undefined) return undefined;
    const cached = JSON.parse(body) as { executable?: unknown };
    if (typeof cached.executable !== "string") return undefined;
    accessSync(cached.executable, constants.X_OK);
    return cached.executable;
  } catch {
    return undefined;
  }
}

function writeCache(file: string, executable: string): void {
  try {
    writeSealed(file, JSON.stringify({ executable }));
  } catch {
    // a read-only state folder only costs the next process one more question
  }
}

async function ask(found: string): Promise<string | undefined> {
  const result = await execa(found, ["-c", "import sys; print(sys.executable)"], {
    reject: false,
    timeout: ASK_TIMEOUT_MS,
  });
  const answer = typeof result.stdout === "string" ? result.stdout.trim() : "";
  return result.exitCode === 0 && answer !== "" ? answer : undefined;
}

async function resolve(): Promise<ResolvedPython | undefined> {
  const found = findPythonOnPath();
  if (found === undefined) return undefined;
  let file: string | undefined;
  try {
    file = cacheFile(found);
  } catch {
    file = undefined;
  }
  const cached = file === undefined ? undefined : readCache(file);
  if (cached !== undefined) return { executable: cached, foundAs: found };
  const real = await ask(found);
  if (real === undefined) return { executable: found, foundAs: found };
  if (file !== undefined) writeCache(file, real);
  return { executable: real, foundAs: found };
}

/** The real interpreter, resolved once per process; undefined when no python3 exists at all. */
export function resolvePython(): Promise<ResolvedPython | undefined> {
  inProcess ??= resolve();
  return inProcess;
}
