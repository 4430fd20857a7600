// Shared timing helpers for the benchmarks: run a command and time it, take medians.
import { performance } from "node:perf_hooks";
import { execa } from "execa";

// Wall time in milliseconds of one run of a command; a failed run is an error (the bench is wrong).
export async function timeCommand(
  file: string,
  args: readonly string[],
  env?: Record<string, string>,
): Promise<number> {
  const started = performance.now();
  const result = await execa(file, [...args], {
    ...(env ? { env, extendEnv: false } : {}),
    stdin: "ignore",
    reject: false,
  });
  if (result.exitCode !== 0)
    throw new Error(`${file} ${args.join(" ")} failed: ${String(result.stderr).split("\n")[0]}`);
  return performance.now() - started;
}

// The median of a non-empty list.
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
