// property: on fast-check-generated layers_dims, the output equals the reference (keys, shapes, dtype, values);
// a failure is shrunk to the smallest failing layers_dims, kept with the seed and path to replay the search.
import fc from "fast-check";
import type { FailedCall } from "../grade/types.js";
import { pickCause } from "./cause.js";
import { diagnoseOutputs } from "./diagnosis-text.js";
import { compareParameters } from "./evidence/compare.js";
import { describeComparison } from "./evidence/describe-comparison.js";
import { formatCall, formatDims } from "./evidence/format.js";
import { fromReference, type ObservedParameters } from "./evidence/observed-parameters.js";
import { observe } from "./observe.js";
import { numberOption } from "./options.js";
import { resultOf } from "./result.js";
import type { Check, CheckContext } from "./types.js";

/** The property's settings, from the rubric test's options. */
export interface PropertySettings {
  readonly runs: number;
  readonly seed: number;
  readonly maxDepth: number;
  readonly maxWidth: number;
}

// Layer-size lists with 1 … maxDepth layers (2 … maxDepth + 1 sizes), each size 1 … maxWidth.
export function layersDimsArbitrary(s: PropertySettings): fc.Arbitrary<number[]> {
  return fc.array(fc.integer({ min: 1, max: s.maxWidth }), { minLength: 2, maxLength: s.maxDepth + 1 });
}

// Runs the property; credit is all or nothing.
export const propertyCheck: Check = async (ctx) => {
  const s: PropertySettings = {
    runs: numberOption(ctx.test, "runs"),
    seed: numberOption(ctx.test, "seed"),
    maxDepth: numberOption(ctx.test, "max_depth"),
    maxWidth: numberOption(ctx.test, "max_width"),
  };
  let graderError: unknown;
  const property = fc.asyncProperty(layersDimsArbitrary(s), async (dims) => {
    try {
      return (await verdictFor(ctx, dims)).ok;
    } catch (error) {
      graderError ??= error;
      throw error;
    }
  });
  const run = await fc.check(property, { seed: s.seed, numRuns: s.runs });
  if (graderError !== undefined) throw graderError;
  const settings = `${s.runs} runs of 1 to ${s.maxDepth} layers of 1 to ${s.maxWidth} units, seed ${s.seed}`;
  if (!run.failed) {
    return resultOf(ctx.test.points, {
      fraction: 1,
      summary: `${ctx.fn.name} matches the reference on every generated layers_dims (${settings})`,
      details: [],
    });
  }
  if (run.counterexample === null)
    throw new Error(`property check ${ctx.test.id}: fast-check stopped without a counterexample`);
  const [dims] = run.counterexample;
  const v = await verdictFor(ctx, dims);
  const text =
    v.params === undefined ? undefined : diagnoseOutputs(ctx, [{ layersDims: dims, params: v.params }]);
  const cause = text === undefined || text.titles === "" ? "" : ` — ${text.titles}`;
  return resultOf(ctx.test.points, {
    fraction: 0,
    summary: `${ctx.fn.name} fails for layers_dims = ${formatDims(dims)}, the smallest failing input found: ${v.line}${cause}`,
    details: [
      ...(text?.lines ?? []),
      ...v.details,
      `found after ${run.numRuns} generated inputs and ${run.numShrinks} shrinking steps (${settings})`,
    ],
    cause: pickCause(
      text,
      v.call === undefined ? [] : [v.call],
      v.difference === undefined ? undefined : { layersDims: dims, ...v.difference },
    ),
    counterexample: {
      layersDims: dims,
      seed: run.seed,
      path: run.counterexamplePath ?? "",
      runs: run.numRuns,
      shrinks: run.numShrinks,
    },
  });
};

/** One generated input's verdict, with what the explanation step needs when it failed. */
interface PropertyVerdict {
  readonly ok: boolean;
  readonly line: string;
  readonly details: readonly string[];
  readonly params: ObservedParameters | undefined;
  readonly call?: FailedCall;
  readonly difference?: { readonly keys: readonly string[]; readonly difference: string };
}

async function verdictFor(ctx: CheckContext, dims: readonly number[]): Promise<PropertyVerdict> {
  const o = await observe(ctx, dims);
  if (o.kind === "failed")
    return { ok: false, line: o.summary, details: o.details, params: undefined, call: o.call };
  const expected = fromReference(ctx.reference(dims));
  const comparison = compareParameters(expected, o.params, ctx.test.tolerance, { strict: true });
  if (comparison.equal) return { ok: true, line: "", details: [], params: o.params };
  const text = describeComparison(comparison, ctx.test.tolerance);
  return {
    ok: false,
    line: `${formatCall(ctx.fn.name, dims)}: ${text.headline}`,
    details: text.details,
    params: o.params,
    difference: { keys: comparison.differingKeys, difference: text.headline },
  };
}
