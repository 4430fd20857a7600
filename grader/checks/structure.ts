// structure: the returned dict has exactly the expected keys, each a float numpy array of the expected shape.
import type { FailedCall } from "../grade/types.js";
import { pickCause } from "./cause.js";
import { diagnoseOutputs } from "./diagnosis-text.js";
import { describeKeys, describeShapeMismatch } from "./evidence/describe-comparison.js";
import { dtypeClass } from "./evidence/dtype.js";
import { formatCall, formatDims } from "./evidence/format.js";
import { fromReference, type ObservedParameters } from "./evidence/observed-parameters.js";
import { observe } from "./observe.js";
import { fractionText, resultOf } from "./result.js";
import type { Check } from "./types.js";

// Checks keys, containers, shapes and dtypes on every input; credit is the fraction of inputs without a problem.
export const structureCheck: Check = async (ctx) => {
  const failures: { dims: readonly number[]; line: string; details: readonly string[] }[] = [];
  const calls: FailedCall[] = [];
  const wrong: { layersDims: readonly number[]; params: ObservedParameters; problem: string }[] = [];
  for (const dims of ctx.test.inputs) {
    const o = await observe(ctx, dims);
    if (o.kind === "failed") {
      failures.push({ dims, line: o.summary, details: o.details });
      calls.push(o.call);
      continue;
    }
    const problems = structureProblems(fromReference(ctx.reference(dims)), o.params);
    if (problems.length > 0) {
      wrong.push({ layersDims: dims, params: o.params, problem: problems[0] });
      failures.push({
        dims,
        line: `${formatCall(ctx.fn.name, dims)}: ${problems[0]}`,
        details: problems.slice(1),
      });
    }
  }
  const total = ctx.test.inputs.length;
  const passed = total - failures.length;
  const tally = `${fractionText(passed, total, "input")} have the expected keys, shapes and dtype`;
  if (failures.length === 0)
    return resultOf(ctx.test.points, { fraction: 1, summary: `${ctx.fn.name}: ${tally}`, details: [] });
  // The catalogue names the form mistakes (a 1-D bias, transposed W, integer zeros) behind a problem.
  const text = wrong.length === 0 ? undefined : diagnoseOutputs(ctx, wrong);
  const first = wrong[0];
  return resultOf(ctx.test.points, {
    fraction: passed / total,
    summary: `${failures[0].line} (${tally})`,
    details: failures.flatMap((f) => [`${formatDims(f.dims)}: ${f.line}`, ...f.details.map((d) => `  ${d}`)]),
    cause: pickCause(
      text,
      calls,
      first === undefined ? undefined : { layersDims: first.layersDims, keys: [], difference: first.problem },
    ),
  });
};

// Every structural difference between the returned parameters and the expected ones, most basic first.
export function structureProblems(expected: ObservedParameters, got: ObservedParameters): string[] {
  const present = new Set(got.keys);
  const missing = expected.keys.filter((k) => !present.has(k));
  const extra = got.keys.filter((k) => !expected.arrays.has(k));
  const problems: string[] = [];
  const keys = describeKeys(missing, extra);
  if (keys !== "") problems.push(keys);
  for (const problem of got.unreadable.values()) problems.push(problem);
  for (const key of expected.keys) {
    const e = expected.arrays.get(key);
    const g = got.arrays.get(key);
    if (e === undefined || g === undefined) continue;
    if (g.container === "list") problems.push(`${key} is a Python list, expected a numpy array`);
    const sameShape = g.shape.length === e.shape.length && g.shape.every((n, i) => n === e.shape[i]);
    if (!sameShape) problems.push(describeShapeMismatch(key, e.shape, g.shape));
    const kind = dtypeClass(g.dtype);
    if (kind === "int") {
      problems.push(
        `${key} has integer dtype ${g.dtype}, expected float64 (the course's own checker lets integer zeros pass)`,
      );
    } else if (kind !== "float" && kind !== "list") {
      problems.push(`${key} has dtype ${g.dtype}, expected float64`);
    }
  }
  return problems;
}
