// `grader check` on a correct Python file against the floor `python3 -c 'import numpy'`, interleaved in the
// same run, as a ratio of medians. Run: npm run build && node --import tsx bench/check/check-vs-import.ts
import { execa } from "execa";
import { median, timeCommand } from "../support/timing.js";

/** Runs of each command; interleaved so a load spike hits both alike. */
const RUNS = 9;
const SOLUTION = "submissions/python/correct.py";

const python = String((await execa("python3", ["-c", "import sys; print(sys.executable)"])).stdout).trim();
const floor: number[] = [];
const check: number[] = [];
await timeCommand("node", ["dist/grader/cli/main.js", "check", SOLUTION]); // warm caches (interpreter path, page cache)
for (let i = 0; i < RUNS; i++) {
  floor.push(await timeCommand(python, ["-c", "import numpy"]));
  check.push(await timeCommand("node", ["dist/grader/cli/main.js", "check", SOLUTION]));
}
const f = median(floor);
const c = median(check);
process.stdout.write(
  `grader check ${SOLUTION}: median ${(c / 1000).toFixed(2)} s; python -c 'import numpy': ${(f / 1000).toFixed(3)} s; ` +
    `ratio ${(c / f).toFixed(1)}× the floor (${RUNS} runs each)\n`,
);
