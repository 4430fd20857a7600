// Memoised calls into a submission: identical requests (function, arguments, purity flags) run once.
import type { CallExtras } from "../checks/types.js";
import type { CallOutcome, SubmissionSession, WireValue } from "../runners/types.js";

/** Calls a graded function with a layers_dims list. */
export type LayersCaller = (layersDims: readonly number[], extra?: CallExtras) => Promise<CallOutcome>;

// Encodes a layers_dims list as the wire value the drivers expect (a Python list of ints).
export function encodeLayersDims(layersDims: readonly number[]): WireValue {
  return { $list: [...layersDims] };
}

// A caller for one function whose outcomes are cached by the whole request, so checks share calls.
// The purity checks still get real second calls: their requests differ in returnArgs or disturbRng.
export function memoisedCaller(
  session: SubmissionSession,
  functionName: string,
  deadlineMs: number,
  cache: Map<string, Promise<CallOutcome>>,
): LayersCaller {
  return (layersDims, extra = {}) => {
    const key = JSON.stringify([
      functionName,
      layersDims,
      extra.disturbRng ?? null,
      extra.returnArgs ?? false,
    ]);
    let outcome = cache.get(key);
    if (outcome === undefined) {
      outcome = session.call({
        function: functionName,
        args: [encodeLayersDims(layersDims)],
        deadlineMs,
        ...(extra.disturbRng === undefined ? {} : { disturbRng: extra.disturbRng }),
        ...(extra.returnArgs ? { returnArgs: true } : {}),
      });
      cache.set(key, outcome);
    }
    return outcome;
  };
}
