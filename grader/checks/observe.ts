// One call of the student's function, decoded: the parameters it returned, or why there are none.
import type { FailedCall } from "../grade/types.js";
import type { WireValue } from "../runners/types.js";
import { formatCall } from "./evidence/format.js";
import { decodeParameters, type ObservedParameters } from "./evidence/observed-parameters.js";
import { describeFailedCall, failedCall } from "./evidence/outcome.js";
import type { CallExtras, CheckContext } from "./types.js";

/** The decoded result of one call: parameters, or a failure in words (call failed or unreadable value). */
export type Observation =
  | {
      readonly kind: "params";
      readonly layersDims: readonly number[];
      readonly params: ObservedParameters;
      readonly value: WireValue;
      readonly argsAfter?: readonly WireValue[];
    }
  | {
      readonly kind: "failed";
      readonly layersDims: readonly number[];
      readonly summary: string;
      readonly details: readonly string[];
      /** The failure as data, for the explanation step. */
      readonly call: FailedCall;
    };

// Calls the function on one input and decodes what it returned.
export async function observe(
  ctx: CheckContext,
  layersDims: readonly number[],
  extra?: CallExtras,
): Promise<Observation> {
  const outcome = await ctx.call(layersDims, extra);
  if (outcome.status !== "returned") {
    return {
      kind: "failed",
      layersDims,
      ...describeFailedCall(ctx.fn.name, layersDims, outcome),
      call: failedCall(layersDims, outcome),
    };
  }
  const decoded = decodeParameters(outcome.value);
  if (!decoded.ok) {
    return {
      kind: "failed",
      layersDims,
      summary: `${formatCall(ctx.fn.name, layersDims)} ${decoded.problem}`,
      details: [],
      call: { layersDims, status: "not-parameters", what: decoded.returned },
    };
  }
  if (decoded.params.arrays.size === 0 && decoded.params.unreadable.size > 0) {
    // A blank template ({"W1": None, …}) holds no parameters at all: it is judged like returning None.
    const [problem] = decoded.params.unreadable.values();
    const returned = `a dict without a single array (${problem})`;
    return {
      kind: "failed",
      layersDims,
      summary: `${formatCall(ctx.fn.name, layersDims)} returned ${returned}`,
      details: [],
      call: { layersDims, status: "not-parameters", what: returned },
    };
  }
  return {
    kind: "params",
    layersDims,
    params: decoded.params,
    value: outcome.value,
    ...(outcome.argsAfter === undefined ? {} : { argsAfter: outcome.argsAfter }),
  };
}
