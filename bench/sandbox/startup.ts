// The sandbox's start-up cost: N starts of `python -c "import numpy"`, plain and sandboxed, interleaved in the
// same run; prints both medians and their ratio on one line. Run: node --import tsx bench/sandbox/startup.ts
import { performance } from "node:perf_hooks";
import { execa } from "execa";
import {
  detectIsolation,
  PYTHON_LIMITS,
  pythonReadablePaths,
  sandboxCommand,
} from "../../grader/sandbox/index.js";
import { median } from "../support/timing.js";

/** Starts of each kind; interleaved, so a load spike on the machine hits both alike. */
const STARTS = 20;
const PYTHON = process.env.NN_GRADER_PYTHON ?? "/root/.pyenv/versions/3.11.7/bin/python3";
const ENV = { PATH: "/usr/bin:/bin", LANG: "C.UTF-8", OPENBLAS_NUM_THREADS: "1" };
const SCRIPT = ["-c", "import numpy"];

async function timeStart(
  file: string,
  args: readonly string[],
  env: Record<string, string>,
): Promise<number> {
  const started = performance.now();
  const result = await execa(file, [...args], { env, extendEnv: false, stdin: "ignore", reject: false });
  if (result.exitCode !== 0) throw new Error(`${file} failed: ${String(result.stderr).split("\n")[0]}`);
  return performance.now() - started;
}

const level = await detectIsolation();
const command = sandboxCommand(
  {
    argv: [PYTHON, ...SCRIPT],
    readable: await pythonReadablePaths(PYTHON, ENV),
    writableTmp: true,
    limits: PYTHON_LIMITS,
    env: ENV,
  },
  level,
);
const plain: number[] = [];
const sandboxed: number[] = [];
await timeStart(PYTHON, SCRIPT, ENV); // warm the page cache for both
for (let i = 0; i < STARTS; i++) {
  plain.push(await timeStart(PYTHON, SCRIPT, ENV));
  sandboxed.push(await timeStart(command.file, command.args, { ...command.env }));
}
const [p, s] = [median(plain), median(sandboxed)];
console.log(
  `sandbox startup (${level}, N=${STARTS}, python -c "import numpy"): plain ${p.toFixed(1)} ms, sandboxed ${s.toFixed(1)} ms, ratio ${(s / p).toFixed(2)}× (+${(s - p).toFixed(1)} ms)`,
);
