// `grader check` on a correct Python file against the floor `python3 -c 'import numpy'`, interleaved in the
// same run, as ratios of medians: a first check (empty training cache) and a repeated one (the course-model
// runs cached on disk). Run: npm run build && node --import tsx bench/check/check-vs-import.ts
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execa } from "execa";
import { median, timeCommand } from "../support/timing.js";

/** Runs of each command; interleaved so a load spike hits all alike. */
const RUNS = 7;
const SOLUTION = "submissions/python/correct.py";
const CHECK = ["dist/grader/cli/main.js", "check", SOLUTION];

const python = String((await execa("python3", ["-c", "import sys; print(sys.executable)"])).stdout).trim();
const warmCache = mkdtempSync(join(tmpdir(), "nn-grader-bench-cache-"));
const withCache = (dir: string) => ({ ...(process.env as Record<string, string>), NN_GRADER_CACHE_DIR: dir });
await timeCommand("node", CHECK, withCache(warmCache)); // fills the warm cache; warms the page cache
const floor: number[] = [];
const first: number[] = [];
const repeated: number[] = [];
for (let i = 0; i < RUNS; i++) {
  floor.push(await timeCommand(python, ["-c", "import numpy"]));
  first.push(
    await timeCommand("node", CHECK, withCache(mkdtempSync(join(tmpdir(), "nn-grader-bench-cold-")))),
  );
  repeated.push(await timeCommand("node", CHECK, withCache(warmCache)));
}
const [f, c, r] = [median(floor), median(first), median(repeated)];
process.stdout.write(
  `grader check ${SOLUTION}: first ${(c / 1000).toFixed(2)} s (${(c / f).toFixed(1)}× the floor), ` +
    `repeated ${(r / 1000).toFixed(2)} s (${(r / f).toFixed(1)}×); python -c 'import numpy': ${(f / 1000).toFixed(3)} s ` +
    `(medians of ${RUNS})\n`,
);
