// values: the returned arrays against the reference on each input; credit is the fraction that match.

import { pickCause } from "./cause.js";
import { diagnoseOutputs } from "./diagnosis-text.js";
import { compareParameters } from "./evidence/compare.js";
import { describeComparison } from "./evidence/describe-comparison.js";
import { formatCall, formatDims } from "./evidence/format.js";
import { fromReference } from "./evidence/observed-parameters.js";
import { type Observation, observe } from "./observe.js";
import { fractionText, resultOf } from "./result.js";
import type { Check, CheckContext } from "./types.js";

/** One input's verdict: matched, or the line that says why not and its evidence. */
interface InputVerdict {
  readonly layersDims: readonly number[];
  readonly ok: boolean;
  readonly line: string;
  readonly details: readonly string[];
  /** The plainest difference and the keys that differ (values that came back but differ). */
  readonly difference?: { readonly keys: readonly string[]; readonly difference: string };
}

// Compares the student's output with the reference for every input of the test.
export const valuesCheck: Check = async (ctx) => {
  const observations: Observation[] = [];
  for (const dims of ctx.test.inputs) observations.push(await observe(ctx, dims));
  const verdicts = observations.map((o) => judge(ctx, o));
  const passed = verdicts.filter((v) => v.ok).length;
  const total = verdicts.length;
  const tally = `${fractionText(passed, total, "input")} match the reference`;
  if (passed === total) {
    return resultOf(ctx.test.points, { fraction: 1, summary: `${ctx.fn.name}: ${tally}`, details: [] });
  }
  const failing = verdicts.filter((v) => !v.ok);
  const outputs = observations.flatMap((o) => (o.kind === "params" ? [o] : []));
  const text = outputs.length === 0 ? undefined : diagnoseOutputs(ctx, outputs);
  const cause = text === undefined || text.titles === "" ? "" : ` — ${text.titles}`;
  const details = [
    ...(text?.lines ?? []),
    ...failing.flatMap((v) => [`${formatDims(v.layersDims)}: ${v.line}`, ...v.details.map((d) => `  ${d}`)]),
  ];
  const firstDiff = failing.find((v) => v.difference !== undefined);
  return resultOf(ctx.test.points, {
    fraction: passed / total,
    summary: `${failing[0].line}${cause} (${tally})`,
    details,
    cause: pickCause(
      text,
      observations.flatMap((o) => (o.kind === "failed" ? [o.call] : [])),
      firstDiff?.difference === undefined
        ? undefined
        : { layersDims: firstDiff.layersDims, ...firstDiff.difference },
    ),
  });
};

function judge(ctx: CheckContext, o: Observation): InputVerdict {
  if (o.kind === "failed")
    return { layersDims: o.layersDims, ok: false, line: o.summary, details: o.details };
  const expected = fromReference(ctx.reference(o.layersDims));
  const comparison = compareParameters(expected, o.params, ctx.test.tolerance, { strict: false });
  if (comparison.equal) return { layersDims: o.layersDims, ok: true, line: "", details: [] };
  const text = describeComparison(comparison, ctx.test.tolerance);
  return {
    layersDims: o.layersDims,
    ok: false,
    line: `${formatCall(ctx.fn.name, o.layersDims)}: ${text.headline}`,
    details: text.details,
    difference: { keys: comparison.differingKeys, difference: text.headline },
  };
}
