// Course-model runs kept on disk between grader processes, so a student who runs `grader check` again, or
// a class of correct submissions, does not retrain from a start already seen. Keyed by the start, the
// iteration count and a hash of the code that computes a run. The folder is the grader's own (0700, no
// sandbox can see it), each entry is 0600 and sealed with an HMAC: an entry that is not ours, not private, or
// fails its check is recomputed.
import { join } from "node:path";
import { codeFingerprint } from "../../batch/fingerprint.js";
import { runningFromSource } from "../../runners/package-root.js";
import { privateStateFolder } from "../../state/private-folder.js";
import { readSealed, writeSealed } from "../../state/sealed-file.js";
import type { CourseRun } from "./course-run.js";

/** Folder of the cache (training/ in the grader's private state folder), or undefined when none is private. */
export function cacheFolder(): string | undefined {
  return privateStateFolder("training");
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

function entryPath(key: string): string | undefined {
  const folder = cacheFolder();
  return folder === undefined ? undefined : join(folder, `${codeVersion()}-${key}.json`);
}

// The stored run for a key, or undefined when there is none, it is not private, or it fails its check.
export function readCachedRun(key: string): CourseRun | undefined {
  const path = entryPath(key);
  const body = path === undefined ? undefined : readSealed(path);
  if (body === undefined) return undefined;
  try {
    return JSON.parse(body, revive) as CourseRun;
  } catch {
    return undefined;
  }
}

// Stores a run, sealed; failures only cost a recomputation.
export function writeCachedRun(key: string, run: CourseRun): void {
  try {
    const path = entryPath(key);
    if (path !== undefined) writeSealed(path, JSON.stringify(run, replace));
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
