// diagnosis: passes when the output equals the reference on every input; otherwise names the catalogued
// mistake that explains the difference, or says that none does and shows the closest evidence.

import { diagnoseOutputs } from "./diagnosis-text.js";
import { compareParameters } from "./evidence/compare.js";
import { describeComparison } from "./evidence/describe-comparison.js";
import { formatDims } from "./evidence/format.js";
import { fromReference } from "./evidence/observed-parameters.js";
import { type Observation, observe } from "./observe.js";
import { fractionText, resultOf } from "./result.js";
import type { Check } from "./types.js";

// All or nothing: a mistake outside the catalogue still loses the points, it is just not named.
export const diagnosisCheck: Check = async (ctx) => {
  const observations: Observation[] = [];
  for (const dims of ctx.test.inputs) observations.push(await observe(ctx, dims));
  const failedCalls = observations.flatMap((o) => (o.kind === "failed" ? [o] : []));
  const outputs = observations.flatMap((o) => (o.kind === "params" ? [o] : []));
  const text = diagnoseOutputs(ctx, outputs);
  const d = text.diagnosis;
  const total = ctx.test.inputs.length;
  if (d.kind === "matches" && failedCalls.length === 0) {
    return resultOf(ctx.test.points, {
      fraction: 1,
      summary: `${ctx.fn.name}: ${fractionText(total, total, "input")} match the reference, no mistake to name`,
      details: [],
    });
  }
  const callLines = failedCalls.flatMap((o) => [
    `${formatDims(o.layersDims)}: ${o.summary}`,
    ...o.details.map((x) => `  ${x}`),
  ]);
  if (d.kind === "matches") {
    return resultOf(ctx.test.points, {
      fraction: 0,
      summary: failedCalls[0].summary,
      details: callLines,
      cause: { kind: "call", call: failedCalls[0].call },
    });
  }
  if (d.kind === "found") {
    const summary =
      d.findings.length === 1 ? d.findings[0].message : `${d.findings.length} mistakes: ${text.titles}`;
    return resultOf(ctx.test.points, {
      fraction: 0,
      summary: `${ctx.fn.name}: ${summary}`,
      details: [...text.lines, ...callLines],
      cause: { kind: "mistakes", mistakes: text.mistakes },
    });
  }
  // Nothing in the catalogue fits: show the plain comparison of the first input that differs.
  const first = outputs[d.unexplained[0]?.caseIndex ?? 0];
  const comparison = compareParameters(
    fromReference(ctx.reference(first.layersDims)),
    first.params,
    ctx.test.tolerance,
    {
      strict: true,
    },
  );
  const closest = describeComparison(comparison, ctx.test.tolerance);
  return resultOf(ctx.test.points, {
    fraction: 0,
    summary: `${ctx.fn.name}: the output differs from the reference and no catalogued mistake explains it (for ${formatDims(first.layersDims)}: ${closest.headline})`,
    details: [...text.lines, ...closest.details, ...callLines],
    cause: {
      kind: "unexplained",
      layersDims: first.layersDims,
      keys: comparison.differingKeys,
      difference: closest.headline,
    },
  });
};
