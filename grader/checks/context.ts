// Builds a check's context from a rubric test, its function's reference entry and a way to call the student.
import type { LayerReference } from "../assignments/registry.js";
import type { GradedFunction, RubricTest } from "../rubric/types.js";
import type { CallOutcome } from "../runners/types.js";
import type { CallExtras, CheckContext } from "./types.js";

// The context a check runs with; `call` should memoise identical requests (the caller owns the session).
export function createCheckContext(args: {
  readonly test: RubricTest;
  readonly fn: GradedFunction;
  readonly reference: LayerReference;
  readonly call: (layersDims: readonly number[], extra?: CallExtras) => Promise<CallOutcome>;
}): CheckContext {
  return {
    test: args.test,
    fn: args.fn,
    reference: args.reference.compute,
    weightStd: args.reference.weightStd,
    mistakes: args.reference.mistakes,
    call: args.call,
  };
}
