// Benchmark: the course model ([2, 10, 5, 1], m = 300, 15000 iterations, He initialisation)
// trained by the reference and by a textbook numpy implementation, in the same run.
// Prints numpy_time / reference_time (> 1: the reference is faster). Never asserts times.
//
//   npm run bench                      (every benchmark, this one first)
//   node --import tsx bench/model/main.ts [--repeat N]
//
// numpy times its own loop (bench/model/numpy_train.py), so interpreter start-up is excluded.
// PYTHON=/path/to/python3 picks the interpreter; otherwise python3's sys.executable is used.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { fromRows, type Matrix } from "../../reference/linalg/matrix.js";
import { train } from "../../reference/model/index.js";

const FIXTURE = new URL("../../tests/fixtures/model/course.json", import.meta.url);
const NUMPY_SCRIPT = fileURLToPath(new URL("./numpy_train.py", import.meta.url));
/** Both implementations must end on the same cost (relative), or the comparison is void. */
const AGREEMENT = 1e-9;

interface CourseFixture {
  train: { X: number[][]; Y: number[][] };
  runs: { he: { initialParameters: Record<string, number[][]> } };
}
interface NumpyTiming {
  seconds: number;
  iterations: number;
  finalCost: number;
}

// The real interpreter behind `python3` (the pyenv shim costs ~50 ms per start), unless PYTHON is set.
function resolvePython(): string {
  if (process.env.PYTHON) return process.env.PYTHON;
  return execFileSync("python3", ["-c", "import sys; print(sys.executable)"], { encoding: "utf8" }).trim();
}

function timeNumpy(python: string, env: NodeJS.ProcessEnv): NumpyTiming {
  const out = execFileSync(python, [NUMPY_SCRIPT, fileURLToPath(FIXTURE)], { encoding: "utf8", env });
  return JSON.parse(out) as NumpyTiming;
}

function timeReference(
  X: Matrix,
  Y: Matrix,
  initial: Record<string, number[][]>,
): { seconds: number; finalCost: number } {
  const parameters = Object.fromEntries(Object.entries(initial).map(([key, rows]) => [key, fromRows(rows)]));
  const start = performance.now();
  const result = train({ X, Y, parameters });
  const seconds = (performance.now() - start) / 1000;
  return { seconds, finalCost: result.costs[result.costs.length - 1].cost };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 === 1 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

function verdict(ratio: number): string {
  return ratio >= 1 ? "reference faster" : "numpy faster";
}

function main(): void {
  const repeatAt = process.argv.indexOf("--repeat");
  const repeat = repeatAt === -1 ? 1 : Number(process.argv[repeatAt + 1]);
  if (!Number.isSafeInteger(repeat) || repeat < 1)
    throw new RangeError(`--repeat: expected an integer ≥ 1, got ${process.argv[repeatAt + 1]}`);
  const fixture = JSON.parse(readFileSync(FIXTURE, "utf8")) as CourseFixture;
  const X = fromRows(fixture.train.X);
  const Y = fromRows(fixture.train.Y);
  const python = resolvePython();
  const singleThreaded = { ...process.env, OPENBLAS_NUM_THREADS: "1" };

  const reference: number[] = [];
  const numpy: number[] = [];
  const numpyOneThread: number[] = [];
  for (let r = 0; r < repeat; r++) {
    const ref = timeReference(X, Y, fixture.runs.he.initialParameters);
    const np = timeNumpy(python, process.env);
    numpyOneThread.push(timeNumpy(python, singleThreaded).seconds);
    if (Math.abs(ref.finalCost - np.finalCost) > AGREEMENT * Math.abs(np.finalCost)) {
      throw new Error(`model bench: final costs disagree: reference ${ref.finalCost}, numpy ${np.finalCost}`);
    }
    reference.push(ref.seconds);
    numpy.push(np.seconds);
  }
  const ref = median(reference);
  const np = median(numpy);
  const np1 = median(numpyOneThread);
  const runs = repeat === 1 ? "" : ` (median of ${repeat})`;
  console.log(
    `model training: reference ${ref.toFixed(2)} s, numpy ${np.toFixed(2)} s, ratio ${(np / ref).toFixed(2)}x (${verdict(np / ref)})${runs}`,
  );
  console.log(
    `  with OPENBLAS_NUM_THREADS=1: numpy ${np1.toFixed(2)} s, ratio ${(np1 / ref).toFixed(2)}x (${verdict(np1 / ref)})`,
  );
}

main();
