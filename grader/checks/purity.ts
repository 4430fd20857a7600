// purity: the argument is left unchanged, a second call returns the same, and a seeded function does not
// depend on the global RNG state left by earlier code. Credit is split evenly between the enabled sub-checks.
import type { FailedCall } from "../grade/types.js";
import type { WireValue } from "../runners/types.js";
import { compareParameters } from "./evidence/compare.js";
import { describeComparison } from "./evidence/describe-comparison.js";
import { formatCall, formatDims, formatIndex, formatValue } from "./evidence/format.js";
import { describeWire } from "./evidence/observed-parameters.js";
import { type Observation, observe } from "./observe.js";
import { choicesOption } from "./options.js";
import { fractionText, resultOf } from "./result.js";
import type { Check, CheckContext } from "./types.js";

/** The purity sub-checks a rubric can enable. */
export const PURITY_CHECKS = ["no_mutation", "repeatable", "rng_independent"] as const;
export type PurityCheck = (typeof PURITY_CHECKS)[number];

// The seed the driver seeds numpy's global RNG with (and then draws from) before a disturbed call:
// anything but the course's 3, so that a function that forgot its own seed sees a different stream.
export const DISTURB_SEED = 12345;

// No exact-equality slack: two calls of a deterministic function return the same bits.
const EXACT = { atol: 0, rtol: 0 };

// Runs the enabled sub-checks on every input.
export const purityCheck: Check = async (ctx) => {
  const enabled = choicesOption(ctx.test, "checks", PURITY_CHECKS);
  if (enabled.length === 0)
    throw new Error(`rubric test ${ctx.test.id}: options.checks enables no purity check`);
  // Points follow the verdict: a function that gives no parameters back (None, a list, a crash) has no
  // behaviour worth calling pure, so it earns none of these points (rubrics/README.md, scoring rule).
  for (const dims of ctx.test.inputs) {
    const o = await observe(ctx, dims);
    if (o.kind === "failed") {
      return resultOf(ctx.test.points, {
        fraction: 0,
        summary: `${o.summary} (purity is only judged on a function that returns its parameters)`,
        details: o.details,
        cause: { kind: "call", call: o.call },
      });
    }
  }
  const failures: string[] = [];
  const observations: string[] = [];
  // A sub-check whose own call gave nothing back (e.g. a refused reply) says so, not what it meant to judge.
  const failedCalls: FailedCall[] = [];
  for (const sub of enabled) {
    for (const dims of ctx.test.inputs) {
      const problem = await SUB_CHECKS[sub](ctx, dims);
      if (problem !== undefined) {
        const text = typeof problem === "string" ? problem : problem.summary;
        failures.push(`${sub}: ${text}`);
        if (typeof problem === "string") observations.push(`${SHORT[sub]} — ${advice(ctx, sub)}`);
        else failedCalls.push(problem.call);
        break;
      }
    }
  }
  const passed = enabled.length - failures.length;
  const tally = `${fractionText(passed, enabled.length, "purity check")} pass`;
  if (failures.length === 0) {
    return resultOf(ctx.test.points, {
      fraction: 1,
      summary: `${ctx.fn.name}: ${enabled.join(", ")} hold on ${fractionText(ctx.test.inputs.length, ctx.test.inputs.length, "input")}`,
      details: [],
    });
  }
  return resultOf(ctx.test.points, {
    fraction: passed / enabled.length,
    summary: `${failures[0]} (${tally})`,
    details: failures,
    cause:
      observations.length === 0
        ? { kind: "call", call: failedCalls[0] }
        : { kind: "observed", observation: observations.join("; ") },
  });
};

/** What a sub-check found: what the function did wrong, or its own call's failure. */
type Problem = string | Extract<Observation, { kind: "failed" }>;
type SubCheck = (ctx: CheckContext, dims: readonly number[]) => Promise<Problem | undefined>;

// What each failed sub-check means, in a few words (the evidence is in the details).
const SHORT: Readonly<Record<PurityCheck, string>> = {
  no_mutation: "it changes the layers_dims list it is given",
  repeatable: "a second call with the same input returns different values",
  rng_independent: "its result depends on numpy's random state before the call",
};

// What to change for a failed sub-check.
function advice(ctx: CheckContext, sub: PurityCheck): string {
  if (sub === "no_mutation") return "read it without modifying it, or work on a copy (list(layers_dims))";
  if (sub === "repeatable") return "keep no state between calls, and seed before drawing";
  return ctx.fn.seeded
    ? "call np.random.seed inside the function, once, before the first draw"
    : "this function should not use the RNG at all";
}

const SUB_CHECKS: Readonly<Record<PurityCheck, SubCheck>> = {
  // layers_dims is the same list after the call.
  no_mutation: async (ctx, dims) => {
    const o = await observe(ctx, dims, { returnArgs: true });
    if (o.kind === "failed") return o;
    if (o.argsAfter === undefined)
      throw new Error(`purity check ${ctx.test.id}: the runner did not return the arguments`);
    const after = o.argsAfter[0];
    if (sameWire(after, { $list: dims })) return undefined;
    return `${formatCall(ctx.fn.name, dims)} changed its argument: layers_dims is ${describeList(after)} after the call — read it without modifying it, or work on a copy (list(layers_dims))`;
  },
  // A second call returns the same output. (The second call asks for the arguments back, so that the
  // caller's memo does not serve the first result again.)
  repeatable: async (ctx, dims) =>
    differentOutput(
      ctx,
      dims,
      { returnArgs: true },
      "a second call",
      "the function keeps state between calls or draws without a seed of its own",
    ),
  // The output does not depend on the global RNG state before the call.
  rng_independent: async (ctx, dims) =>
    differentOutput(
      ctx,
      dims,
      { disturbRng: DISTURB_SEED },
      `a call after other code used numpy's RNG (seed ${DISTURB_SEED} and a few draws)`,
      ctx.fn.seeded
        ? "call np.random.seed inside the function, once, before the first draw"
        : "this function should not use the RNG at all",
    ),
};

async function differentOutput(
  ctx: CheckContext,
  dims: readonly number[],
  extra: { disturbRng?: number; returnArgs?: boolean },
  what: string,
  advice: string,
): Promise<Problem | undefined> {
  const first = await observe(ctx, dims);
  const second = await observe(ctx, dims, extra);
  if (first.kind === "failed") return first;
  if (second.kind === "failed") return { ...second, summary: `${what}: ${second.summary}` };
  if (sameWire(first.value, second.value)) return undefined;
  const comparison = compareParameters(first.params, second.params, EXACT, { strict: true });
  const w = comparison.worst;
  const diff =
    w === null
      ? describeComparison(comparison, EXACT).headline
      : `${formatIndex(w.key, w.index)} is ${formatValue(w.got)}, was ${formatValue(w.expected)}`;
  return `${what} to ${formatCall(ctx.fn.name, dims)} returned something else (${diff}) — ${advice}`;
}

// Exact structural equality of two wire values (non-finite floats are spelled out, so JSON is exact).
function sameWire(a: WireValue | undefined, b: WireValue): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function describeList(v: WireValue | undefined): string {
  if (
    v !== undefined &&
    v !== null &&
    typeof v === "object" &&
    "$list" in v &&
    v.$list.every((x) => typeof x === "number")
  ) {
    return formatDims(v.$list as number[]);
  }
  return v === undefined ? "gone" : describeWire(v);
}
