// The result cache (OUTDIR/cache/<key>.json): each grade as plain data, keyed by what decides it, so an
// unchanged submission under an unchanged rubric and grader is never graded twice.
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { GradeResult } from "../grade/types.js";
import { writeFileAtomic } from "./atomic-write.js";

/** Version of the cache file format. */
export const CACHE_VERSION = 1;

// The cache folder of an output folder.
export function cacheFolder(outDir: string): string {
  return join(outDir, "cache");
}

// The file caching the grade with `key`.
export function cacheFile(outDir: string, key: string): string {
  return join(cacheFolder(outDir), `${key}.json`);
}

// The cached grade for `key`, or undefined when there is none (or it is unreadable: then it is regraded).
export function readCachedResult(outDir: string, key: string): GradeResult | undefined {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(cacheFile(outDir, key), "utf8"));
  } catch {
    return undefined;
  }
  if (typeof data !== "object" || data === null) return undefined;
  const doc = data as { version?: unknown; key?: unknown; result?: unknown };
  if (doc.version !== CACHE_VERSION || doc.key !== key || !looksLikeResult(doc.result)) return undefined;
  return doc.result;
}

// Stores a grade under `key` (atomically). Infrastructure errors are never cached.
export function writeCachedResult(outDir: string, key: string, result: GradeResult): void {
  if (result.kind === "infrastructure-error")
    throw new Error(`cache: refusing to cache an infrastructure error for ${result.submission}`);
  mkdirSync(cacheFolder(outDir), { recursive: true });
  writeFileAtomic(cacheFile(outDir, key), `${JSON.stringify({ version: CACHE_VERSION, key, result })}\n`);
}

function looksLikeResult(value: unknown): value is GradeResult {
  if (typeof value !== "object" || value === null) return false;
  const r = value as Record<string, unknown>;
  return (
    typeof r.submission === "string" &&
    Array.isArray(r.tests) &&
    typeof r.output === "object" &&
    r.output !== null &&
    (r.kind === "graded" || r.kind === "not-loaded") &&
    Array.isArray(r.notes)
  );
}
