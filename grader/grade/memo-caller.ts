// Memoised calls into a submission: identical requests (function, arguments, purity flags) run once.
import type { CallExtras } from "../checks/types.js";
import type { CallOutcome, SubmissionSession, WireValue } from "../runners/types.js";

/** Calls a graded function with a layers_dims list. */
export type LayersCaller = (layersDims: readonly number[], extra?: CallExtras) => Promise<CallOutcome>;

/** Per-submission state shared by the callers of all its functions. */
export interface CallMemory {
  /** Outcomes by request. Their total size is bounded by the session: it refuses replies past the values a
   * submission may have kept (SessionOptions.submissionValues), so this map cannot grow without end. */
  readonly outcomes: Map<string, Promise<CallOutcome>>;
  /** Functions that have timed out once, with that time-out: later calls get it at once instead of waiting
   * out the deadline again. */
  readonly timedOut: Map<string, CallOutcome>;
  /** Per function, the submission line of the first error it raised or failed to load with. */
  readonly errorLines: Map<string, number>;
}

// The load failure every call met, when all calls made met the same one (the whole file did not load).
export async function wholeFileLoadError(memory: CallMemory): Promise<string | undefined> {
  const outcomes = await Promise.all(memory.outcomes.values());
  const failures = outcomes.map((o) => (o.status === "load-failed" ? o.error : undefined));
  const first = failures[0];
  if (first === undefined || failures.some((f) => f === undefined || f.message !== first.message))
    return undefined;
  return [`${first.type}: ${first.message}`, first.traceback.trimEnd()]
    .filter((part) => part.trim() !== "")
    .join("\n");
}

// Fresh, empty call memory for one submission.
export function newCallMemory(): CallMemory {
  return { outcomes: new Map(), timedOut: new Map(), errorLines: new Map() };
}

// Encodes a layers_dims list as the wire value the drivers expect (a Python list of ints).
export function encodeLayersDims(layersDims: readonly number[]): WireValue {
  return { $list: [...layersDims] };
}

// A caller for one function whose outcomes are cached by the whole request, so checks share calls.
// The purity checks still get real second calls: their requests differ in returnArgs or disturbRng.
// After one timeout the function is not called again: a hang costs its checks, not minutes of waiting.
export function memoisedCaller(
  session: SubmissionSession,
  functionName: string,
  deadlineMs: number,
  memory: CallMemory,
): LayersCaller {
  return (layersDims, extra = {}) => {
    const timedOut = memory.timedOut.get(functionName);
    if (timedOut !== undefined) return Promise.resolve(timedOut);
    const key = JSON.stringify([
      functionName,
      layersDims,
      extra.disturbRng ?? null,
      extra.returnArgs ?? false,
    ]);
    let outcome = memory.outcomes.get(key);
    if (outcome === undefined) {
      outcome = session.call({
        function: functionName,
        args: [encodeLayersDims(layersDims)],
        deadlineMs,
        ...(extra.disturbRng === undefined ? {} : { disturbRng: extra.disturbRng }),
        ...(extra.returnArgs ? { returnArgs: true } : {}),
      });
      memory.outcomes.set(key, outcome);
      void outcome.then((o) => {
        if (o.status === "timeout" && !memory.timedOut.has(functionName))
          memory.timedOut.set(functionName, o);
        const line = o.status === "raised" || o.status === "load-failed" ? o.error.line : undefined;
        if (line !== undefined && !memory.errorLines.has(functionName))
          memory.errorLines.set(functionName, line);
      });
    }
    return outcome;
  };
}
