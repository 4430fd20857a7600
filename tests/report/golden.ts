// Golden files of the reporter tests: exact expected output, kept in tests/fixtures/report/.
import { readFileSync } from "node:fs";
import { join } from "node:path";

/** The folder of golden files, relative to the repository root (vitest's working directory). */
export const GOLDEN_DIR = "tests/fixtures/report";

// Reads a golden file by name, e.g. golden("partial.junit.xml").
export function golden(name: string): string {
  return readFileSync(join(GOLDEN_DIR, name), "utf8");
}
