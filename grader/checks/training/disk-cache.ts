// Course-model runs kept on disk between grader processes, so a student who runs `grader check` again, or
// a class of correct submissions, does not retrain from a start already seen. Keyed by the start, the
// iteration count and a hash of the code that computes a run; any unreadable entry is simply recomputed.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { codeFingerprint } from "../../batch/fingerprint.js";
import { runningFromSource } from "../../runners/package-root.js";
import type { CourseRun } from "./course-run.js";

/** Folder of the cache: NN_GRADER_CACHE_DIR, else $XDG_CACHE_HOME/nn-grader, else ~/.cache/nn-grader. */
export function cacheFolder(): string {
  const explicit = process.env.NN_GRADER_CACHE_DIR;
  if (explicit) return join(explicit, "training");
  return join(process.env.XDG_CACHE_HOME || join(homedir(), ".cache"), "nn-grader", "training");
}

let codeHash: string | undefined;

// The code a run depends on: the reference (model, data, matrices) and this folder.
function codeVersion(): string {
  codeHash ??= runningFromSource()
    ? codeFingerprint([
        ["reference", () => true],
        ["grader/checks/training", () => true],
      ])
    : codeFingerprint([
        ["dist/reference", () => true],
        ["dist/grader/checks/training", () => true],
      ]);
  return codeHash;
}

function entryPath(key: string): string {
  return join(cacheFolder(), `${codeVersion()}-${key}.json`);
}

// The stored run for a key, or undefined when there is none or it cannot be read.
export function readCachedRun(key: string): CourseRun | undefined {
  try {
    return JSON.parse(readFileSync(entryPath(key), "utf8"), revive) as CourseRun;
  } catch {
    return undefined;
  }
}

// Stores a run (atomically: a temporary file renamed into place); failures only cost a recomputation.
export function writeCachedRun(key: string, run: CourseRun): void {
  try {
    mkdirSync(cacheFolder(), { recursive: true });
    const path = entryPath(key);
    const temporary = `${path}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(run, replace));
    renameSync(temporary, path);
  } catch {
    // A read-only or full disk: the run is still returned, just not kept.
  }
}

// JSON has no Infinity/NaN and no typed arrays: spell them out.
function replace(_key: string, value: unknown): unknown {
  if (typeof value === "number" && !Number.isFinite(value)) return { $float: String(value) };
  if (value instanceof Float64Array)
    return { $f64: Array.from(value, (x) => (Number.isFinite(x) ? x : String(x))) };
  return value;
}

function revive(_key: string, value: unknown): unknown {
  if (value !== null && typeof value === "object") {
    if ("$float" in value) return Number((value as { $float: string }).$float);
    if ("$f64" in value) return Float64Array.from((value as { $f64: (number | string)[] }).$f64, Number);
  }
  return value;
}
