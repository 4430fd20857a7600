// statistics: the scale of large weight matrices against the reference's distribution, by a two-sided
// test on the sample variance and the mean with a stated false-failure rate. Gives credit for the right
// scale even when the seed, and so every value, is different.
import { findingMessage } from "../diagnosis/diagnose.js";
import type { FailedCall, FoundMistake } from "../grade/types.js";
import { countNonFinite } from "./evidence/compare.js";
import { describeNonFinite } from "./evidence/describe-comparison.js";
import { formatDims, formatError, plural } from "./evidence/format.js";
import { spreadTest, twoSidedThreshold } from "./evidence/stats.js";
import { observe } from "./observe.js";
import { numberOption } from "./options.js";
import { fractionText, resultOf } from "./result.js";
import type { Check, CheckContext } from "./types.js";

// Matrices with fewer entries are not tested: their spread says little, and the Wilson–Hilferty
// approximation is only checked to stay below the nominal rate from about 100 entries up (see stats.ts).
export const MIN_TESTED_ENTRIES = 1000;

/** One tested weight matrix and what came of it. */
interface LayerVerdict {
  readonly dims: readonly number[];
  readonly l: number;
  readonly ok: boolean;
  readonly line: string;
  /** The observed draws, when they could be tested. */
  readonly data?: Float64Array;
  /** The call that gave no parameters, when none came back. */
  readonly call?: FailedCall;
}

// Tests every large W_l of every input; credit is the fraction of tested matrices with the right spread.
export const statisticsCheck: Check = async (ctx) => {
  const rate = numberOption(ctx.test, "false_failure_rate");
  const planned = ctx.test.inputs.flatMap((dims) => testedLayers(ctx, dims).map((l) => ({ dims, l })));
  if (planned.length === 0) {
    throw new Error(
      `rubric test ${ctx.test.id}: statistics needs a W_l with at least ${MIN_TESTED_ENTRIES} entries in its inputs`,
    );
  }
  // Two tests (variance and mean) per random matrix share the rate (Bonferroni).
  const randomCount = planned.filter(({ dims, l }) => ctx.weightStd(dims, l).value > 0).length;
  const limit = randomCount === 0 ? 0 : twoSidedThreshold(rate, 2 * randomCount);
  const verdicts: LayerVerdict[] = [];
  for (const dims of ctx.test.inputs) {
    const o = await observe(ctx, dims);
    for (const { l } of planned.filter((p) => p.dims === dims)) {
      if (o.kind === "failed") verdicts.push({ dims, l, ok: false, line: o.summary, call: o.call });
      else
        verdicts.push(
          judgeLayer(
            ctx,
            dims,
            l,
            o.params.arrays.get(`W${l}`)?.data,
            o.params.keys.includes(`W${l}`),
            limit,
          ),
        );
    }
  }
  const passed = verdicts.filter((v) => v.ok).length;
  const rule = `false-failure rate ${rate}: |z| ≤ ${formatError(limit)} for each of ${plural(2 * randomCount, "test")}`;
  const tally = `${fractionText(passed, verdicts.length, "weight matrix", "weight matrices")} have the expected spread`;
  const details = [...verdicts.map((v) => `${v.ok ? "ok" : "FAIL"} ${v.line}`), rule];
  if (passed === verdicts.length)
    return resultOf(ctx.test.points, { fraction: 1, summary: `${ctx.fn.name}: ${tally}`, details });
  const failing = verdicts.filter((v) => !v.ok);
  const found = nameScaleMistake(ctx, failing, limit);
  const call = failing.find((v) => v.call !== undefined)?.call;
  return resultOf(ctx.test.points, {
    fraction: passed / verdicts.length,
    summary: `${ctx.fn.name}: ${failing[0].line}${found === undefined ? "" : ` — ${found.mistake.title}`} (${tally})`,
    details: found === undefined ? details : [found.message, ...details],
    cause:
      found !== undefined
        ? { kind: "mistakes", mistakes: [found.mistake] }
        : call !== undefined
          ? { kind: "call", call }
          : { kind: "observed", observation: failing[0].line },
  });
};

// The layers of an input that are tested: large random ones, and every layer of a constant initialization.
function testedLayers(ctx: CheckContext, dims: readonly number[]): number[] {
  const layers: number[] = [];
  for (let l = 1; l < dims.length; l++) {
    if (ctx.weightStd(dims, l).value === 0 || dims[l] * dims[l - 1] >= MIN_TESTED_ENTRIES) layers.push(l);
  }
  return layers;
}

function judgeLayer(
  ctx: CheckContext,
  dims: readonly number[],
  l: number,
  data: Float64Array | undefined,
  present: boolean,
  limit: number,
): LayerVerdict {
  const name = `W${l} of ${formatDims(dims)}`;
  const size = dims[l] * dims[l - 1];
  if (data === undefined)
    return { dims, l, ok: false, line: `${name} is ${present ? "not a readable array" : "missing"}` };
  if (data.length !== size)
    return { dims, l, ok: false, line: `${name} has ${data.length} entries, expected ${size}` };
  const bad = countNonFinite(`W${l}`, { shape: [size], dtype: "float64", container: "ndarray", data });
  if (bad.nan + bad.posInf + bad.negInf > 0)
    return { dims, l, ok: false, line: `${name}: ${describeNonFinite(bad)}` };
  const expected = ctx.weightStd(dims, l);
  if (expected.value === 0) {
    const nonZero = data.filter((x) => x !== 0).length;
    const line = `${name}: ${plural(nonZero, "non-zero entry", "non-zero entries")} of ${size}, expected all zeros`;
    return { dims, l, ok: nonZero === 0, line, data };
  }
  const t = spreadTest(data, expected.value);
  const ok = Math.abs(t.zVariance) <= limit && Math.abs(t.zMean) <= limit;
  const line =
    `${name} (${size} entries): std ${formatError(t.std)}, expected ${formatError(expected.value)} = ${expected.formula}; ` +
    `mean ${formatError(t.mean)}; z = ${formatError(t.zVariance)} for the variance, ${formatError(t.zMean)} for the mean`;
  return { dims, l, ok, line, data };
}

// A catalogued scale mistake whose distribution passes the same test on every failing matrix.
function nameScaleMistake(
  ctx: CheckContext,
  failing: readonly LayerVerdict[],
  limit: number,
): { mistake: FoundMistake; message: string } | undefined {
  const tested = failing.filter((v) => v.data !== undefined && ctx.weightStd(v.dims, v.l).value > 0);
  if (tested.length === 0 || tested.length !== failing.length) return undefined;
  for (const m of ctx.mistakes) {
    const std = m.weightStd;
    if (std === undefined) continue;
    const fits = tested.every((v) => {
      const t = spreadTest(v.data as Float64Array, std(v.dims, v.l).value);
      return Math.abs(t.zVariance) <= limit && Math.abs(t.zMean) <= limit;
    });
    if (!fits) continue;
    const v = tested[0];
    const t = spreadTest(v.data as Float64Array, std(v.dims, v.l).value);
    const evidence = `W${v.l} of ${formatDims(v.dims)} has std ${formatError(t.std)}, as drawn with ${std(v.dims, v.l).formula}`;
    return {
      mistake: { id: m.id, title: m.title, fix: m.fix, evidence },
      message: findingMessage(evidence, m),
    };
  }
  return undefined;
}
