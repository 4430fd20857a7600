// What a cached grade depends on, as hashes: the grader's own code, the rubric's bytes, the submission.
import { createHash } from "node:crypto";
import { type Dirent, readdirSync, readFileSync } from "node:fs";
import { extname, join } from "node:path";
import { packageFile, runningFromSource } from "../runners/package-root.js";

// Files whose content decides a grade: compiled or source code, the Python driver, bundled schemas.
const CODE_EXTENSIONS = new Set([".js", ".mjs", ".ts", ".py", ".json"]);
const SKIPPED_FOLDERS = new Set(["__pycache__", "node_modules"]);
const FINGERPRINT_HEX_DIGITS = 16;

// The sha256 of some bytes or text, in hex.
export function sha256(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}

/**
 * The grader's version for cache keys: package.json's version plus a hash of the code that runs. From
 * dist/ that is dist/grader and dist/reference (JavaScript) plus the uncompiled files under grader/ (the
 * Python driver, JSON schemas); from the sources (tsx, vitest) it is every code file of grader/ and reference/.
 */
export function graderVersion(): string {
  const pkg = JSON.parse(readFileSync(packageFile("package.json"), "utf8")) as { version?: unknown };
  const roots: [string, (file: string) => boolean][] = runningFromSource()
    ? [
        ["grader", () => true],
        ["reference", () => true],
      ]
    : [
        ["dist/grader", () => true],
        ["dist/reference", () => true],
        ["grader", (file) => extname(file) !== ".ts"],
      ];
  return `${String(pkg.version)}+${codeFingerprint(roots)}`;
}

// A short hash of the code files under some package folders (each with a filter on relative paths).
export function codeFingerprint(roots: readonly (readonly [string, (file: string) => boolean])[]): string {
  const hash = createHash("sha256");
  for (const [root, keep] of roots) {
    for (const file of codeFiles(packageFile(root)).filter(keep)) {
      hash.update(`${root}/${file}\0`).update(readFileSync(packageFile(root, file)));
    }
  }
  return hash.digest("hex").slice(0, FINGERPRINT_HEX_DIGITS);
}

// Relative paths of the code files under `dir` (declaration files left out), sorted, "/"-separated.
function codeFiles(dir: string, prefix = ""): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const entry of entries) {
    const rel = `${prefix}${entry.name}`;
    if (entry.isDirectory() && !SKIPPED_FOLDERS.has(entry.name))
      out.push(...codeFiles(join(dir, entry.name), `${rel}/`));
    else if (entry.isFile() && CODE_EXTENSIONS.has(extname(entry.name)) && !entry.name.endsWith(".d.ts"))
      out.push(rel);
  }
  return out.sort();
}

/** What the cache key of one student's grading is made of. */
export interface KeyParts {
  readonly grader: string;
  readonly rubricSha256: string;
  /** The submission's reported name: messages quote it, so it is part of the grade. */
  readonly name: string;
  readonly submissionSha256: string;
}

// The cache key: sha256 over the grader version, the rubric's and the submission's hashes, and its name.
export function cacheKey(parts: KeyParts): string {
  return sha256(
    ["nn-grader batch key 1", parts.grader, parts.rubricSha256, parts.name, parts.submissionSha256].join(
      "\n",
    ),
  );
}
