// How long the reference solution takes per call on this machine, measured once per process in the same
// sandbox the students' code runs in: the base of the calibrated per-call deadline.
import { openSession } from "../open-session.js";
import type { RunnerIsolationLevel, WireValue } from "../types.js";

/** One call to time. */
export interface TimedCall {
  readonly function: string;
  readonly args: readonly WireValue[];
}

/** Each call is repeated; its fastest run counts (the first pays for imports and caches). */
const REPEATS = 3;
/** A generous deadline for the reference itself: a hang here means the machine, not the student. */
const REFERENCE_DEADLINE_MS = 30_000;

const measured = new Map<string, Promise<number>>();

async function measure(
  file: string,
  calls: readonly TimedCall[],
  isolation: RunnerIsolationLevel | undefined,
): Promise<number> {
  const session = await openSession(file, {
    functions: [...new Set(calls.map((c) => c.function))],
    ...(isolation === undefined ? {} : { isolation }),
  });
  try {
    let slowest = 0;
    for (const call of calls) {
      let fastest = Number.POSITIVE_INFINITY;
      for (let i = 0; i < REPEATS; i++) {
        const started = performance.now();
        const outcome = await session.call({ ...call, deadlineMs: REFERENCE_DEADLINE_MS });
        if (outcome.status !== "returned") return 0; // no usable time: deadlines stay at their floor
        fastest = Math.min(fastest, performance.now() - started);
      }
      slowest = Math.max(slowest, fastest);
    }
    return slowest;
  } finally {
    await session.close();
  }
}

/**
 * The wall time (ms) of the slowest of `calls` on the reference solution `file`, each at its fastest of a few
 * runs, round trip through the runner included. Measured once per process and arguments; 0 when the
 * reference cannot run (the deadline then stays at its floor).
 */
export function referenceCallMs(
  file: string,
  calls: readonly TimedCall[],
  isolation?: RunnerIsolationLevel,
): Promise<number> {
  const key = JSON.stringify([file, calls, isolation ?? null]);
  let time = measured.get(key);
  if (time === undefined) {
    time = measure(file, calls, isolation).catch(() => 0);
    measured.set(key, time);
  }
  return time;
}
