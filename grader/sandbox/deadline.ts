// Wall-clock deadlines scaled to this machine: a multiple of the reference solution's own time, within bounds.

/** How a deadline is derived from the reference's time; every field has a default. */
export interface DeadlineOptions {
  /** Deadline = multiple × the reference's time; default 10. */
  readonly multiple?: number;
  /** Never less than this, in ms, so interpreter jitter does not fail fast code; default 2000. */
  readonly floorMs?: number;
  /** Never more than this, in ms, so a hang costs a bounded time; default 60000. */
  readonly ceilingMs?: number;
}

/** The defaults: 10× the reference, at least 2 s, at most 60 s. */
export const DEADLINE_DEFAULTS = { multiple: 10, floorMs: 2000, ceilingMs: 60_000 } as const;

function nonNegative(name: string, value: number): number {
  if (!Number.isFinite(value) || value < 0) {
    throw new TypeError(`calibratedDeadline ${name}: expected a finite number ≥ 0, got ${value}`);
  }
  return value;
}

/**
 * The wall-clock deadline (whole ms) for a call whose reference solution took `referenceMs` on this machine.
 *
 * @example calibratedDeadline(350) // 3500
 * @example calibratedDeadline(12) // 2000 (the floor)
 * @example calibratedDeadline(9000, { ceilingMs: 30_000 }) // 30000
 */
export function calibratedDeadline(referenceMs: number, options: DeadlineOptions = {}): number {
  const reference = nonNegative("referenceMs", referenceMs);
  const multiple = nonNegative("multiple", options.multiple ?? DEADLINE_DEFAULTS.multiple);
  const floorMs = nonNegative("floorMs", options.floorMs ?? DEADLINE_DEFAULTS.floorMs);
  const ceilingMs = nonNegative("ceilingMs", options.ceilingMs ?? DEADLINE_DEFAULTS.ceilingMs);
  if (multiple < 1) throw new TypeError(`calibratedDeadline multiple: expected at least 1, got ${multiple}`);
  if (floorMs > ceilingMs) {
    throw new TypeError(
      `calibratedDeadline floorMs: expected at most ceilingMs (${ceilingMs}), got ${floorMs}`,
    );
  }
  return Math.min(ceilingMs, Math.max(floorMs, Math.ceil(reference * multiple)));
}
