// Shared helpers for runner tests: fixture paths, wire-value accessors, process checks, and the contract
// that every correct submission (.py, .ipynb, .ts, .js, .mjs) must meet for the three initializers.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";
import type { CallOutcome, SubmissionSession, WireArray, WireValue } from "../../../grader/runners/types.js";

/** Absolute path of a file under tests/fixtures/runners. */
export function fixture(...parts: string[]): string {
  return join(dirname(fileURLToPath(import.meta.url)), "..", "..", "fixtures", "runners", ...parts);
}

/** A layers_dims argument as the grader sends it. */
export function dims(...sizes: number[]): WireValue {
  return { $list: sizes };
}

/** The value of a `returned` outcome (fails the test otherwise, showing the outcome). */
export function returned(outcome: CallOutcome): WireValue {
  if (outcome.status !== "returned")
    expect.fail(`expected a returned outcome, got ${JSON.stringify(outcome)}`);
  return outcome.value;
}

/** The entries of a $dict wire value as a Map. */
export function dictOf(value: WireValue): Map<string, WireValue> {
  if (value === null || typeof value !== "object" || !("$dict" in value))
    expect.fail(`expected a $dict, got ${JSON.stringify(value)}`);
  return new Map(value.$dict);
}

/** The array inside a $array wire value. */
export function arrayOf(value: WireValue | undefined): WireArray {
  if (value === null || value === undefined || typeof value !== "object" || !("$array" in value)) {
    expect.fail(`expected an $array, got ${JSON.stringify(value)}`);
  }
  return value.$array;
}

/** Checks an array's shape and its values to `digits` decimals (the course publishes 8). */
export function expectArray(value: WireValue | undefined, shape: number[], data: number[], digits = 8): void {
  const array = arrayOf(value);
  expect(array.shape).toEqual(shape);
  expect(array.data).toHaveLength(data.length);
  for (const [i, x] of array.data.entries()) expect(x as number).toBeCloseTo(data[i], digits);
}

/** Course values (docs/assignment.md, seed 3, 8 decimals): the three initializers on the published inputs. */
export async function expectCorrectInitializers(session: SubmissionSession, dtype: string): Promise<void> {
  const call = (fn: string, ...sizes: number[]) =>
    session.call({ function: fn, args: [dims(...sizes)], deadlineMs: 5000 });

  const zeros = dictOf(returned(await call("initialize_parameters_zeros", 3, 2, 1)));
  expect([...zeros.keys()]).toEqual(["W1", "b1", "W2", "b2"]);
  expectArray(zeros.get("W1"), [2, 3], [0, 0, 0, 0, 0, 0]);
  expectArray(zeros.get("b1"), [2, 1], [0, 0]);
  expect(arrayOf(zeros.get("W1")).dtype).toBe(dtype);

  const random = dictOf(returned(await call("initialize_parameters_random", 3, 2, 1)));
  expectArray(
    random.get("W1"),
    [2, 3],
    [17.88628473, 4.36509851, 0.96497468, -18.63492703, -2.77388203, -3.54758979],
  );
  expectArray(random.get("W2"), [1, 2], [-0.82741481, -6.27000677]);
  expectArray(random.get("b2"), [1, 1], [0]);

  const he = dictOf(returned(await call("initialize_parameters_he", 3, 1, 2)));
  expectArray(he.get("W1"), [1, 3], [1.46040903, 0.3564088, 0.07878985]);
  expectArray(he.get("W2"), [2, 1], [-2.63537665, -0.39228616]);
  const he241 = dictOf(returned(await call("initialize_parameters_he", 2, 4, 1)));
  expectArray(he241.get("W2"), [1, 4], [-0.03098412, -0.33744411, -0.92904268, 0.62552248]);
}

/** True when no process with this pid is alive (gone, or a zombie waiting for its reaper). */
export function processGone(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).startsWith("Z");
  } catch {
    return true;
  }
}

/** Waits up to `ms` for every pid to be gone; returns those still alive. */
export async function survivors(pids: number[], ms = 3000): Promise<number[]> {
  const until = Date.now() + ms;
  for (;;) {
    const alive = pids.filter((pid) => !processGone(pid));
    if (alive.length === 0 || Date.now() > until) return alive;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Live (not zombie) processes whose environment or command line contains `marker`. */
export function markedProcesses(marker: string): number[] {
  const found: number[] = [];
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    const pid = Number(name);
    try {
      const seen = ["environ", "cmdline"].some((part) =>
        readFileSync(`/proc/${name}/${part}`, "latin1").includes(marker),
      );
      if (seen && !processGone(pid)) found.push(pid);
    } catch {}
  }
  return found;
}

/** A marker unique to one test, to find the processes of its sandbox in /proc. */
export function newMarker(label: string): string {
  return `nn-grader-runner-test-${label}-${process.pid}-${Math.random().toString(36).slice(2, 10)}`;
}

/** Waits up to `ms` until `check()` is true; returns whether it became true. */
export async function eventually(check: () => boolean, ms: number): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; ) {
    if (check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return check();
}
