// Memoised calls into a submission: identical requests (function, arguments, purity flags) run once.
import type { CallOutcome, SubmissionSession, WireValue } from "../runners/types.js";

/** Extra flags of a call used by the purity checks. */
export interface CallExtras {
  readonly disturbRng?: number;
  readonly returnArgs?: boolean;
  /** Bypass the cache: the repeatability check needs a second, real call. */
  readonly fresh?: boolean;
}

/** Calls a graded function with a layers_dims list. */
export type LayersCaller = (layersDims: readonly number[], extra?: CallExtras) => Promise<CallOutcome>;

// Encodes a layers_dims list as the wire value the drivers expect (a Python list of ints).
export function encodeLayersDims(layersDims: readonly number[]): WireValue {
  return { $list: [...layersDims] };
}

// Returns a caller for one function whose outcomes are cached by request, so checks share calls.
export function memoisedCaller(
  session: SubmissionSession,
  functionName: string,
  deadlineMs: number,
  cache: Map<string, Promise<CallOutcome>>,
): LayersCaller {
  return (layersDims, extra = {}) => {
    const key = JSON.stringify([functionName, layersDims, extra.disturbRng ?? null, extra.returnArgs ?? false]);
    let outcome = extra.fresh ? undefined : cache.get(key);
    if (outcome === undefined) {
      outcome = session.call({
        function: functionName,
        args: [encodeLayersDims(layersDims)],
        deadlineMs,
        ...(extra.disturbRng === undefined ? {} : { disturbRng: extra.disturbRng }),
        ...(extra.returnArgs ? { returnArgs: true } : {}),
      });
      if (!extra.fresh) cache.set(key, outcome);
    }
    return outcome;
  };
}
