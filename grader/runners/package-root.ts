// Finds files that ship in the package but are not compiled (driver.py, JSON Schemas), from source or dist/.
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

let cached: string | undefined;

/** The folder holding nn-grader's package.json, found by walking up from this module (src or dist). */
export function packageRoot(): string {
  if (cached !== undefined) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, "package.json")) && existsSync(join(dir, "grader"))) {
      cached = dir;
      return dir;
    }
    const parent = dirname(dir);
    if (parent === dir)
      throw new Error(`nn-grader: package root not found above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
}

/** The absolute path of a file shipped in the package, given relative to the package root. */
export function packageFile(...segments: string[]): string {
  return join(packageRoot(), ...segments);
}

/** True when this code runs from the TypeScript sources (vitest, tsx) rather than from dist/. */
export function runningFromSource(): boolean {
  return import.meta.url.endsWith(".ts");
}
