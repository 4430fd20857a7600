// Shared test fixtures for the checks: fake students that return fabricated outputs, rubric tests, contexts.

import { initializationReferences } from "../../grader/assignments/initialization/references.js";
import type { LayerReference } from "../../grader/assignments/registry.js";
import { createCheckContext } from "../../grader/checks/context.js";
import type { ObservedParameters } from "../../grader/checks/evidence/observed-parameters.js";
import type { CallExtras, CheckContext } from "../../grader/checks/types.js";
import type { CheckKind, GradedFunction, RubricTest } from "../../grader/rubric/types.js";
import type { CallOutcome, WireValue } from "../../grader/runners/types.js";

/** Tolerance used by every test unless stated: tight enough that any real mistake is far outside it. */
export const TOLERANCE = { atol: 1e-10, rtol: 1e-9 };

export const FUNCTIONS: Readonly<Record<"zeros" | "random" | "he", GradedFunction>> = {
  zeros: { name: "initialize_parameters_zeros", reference: "zeros", seeded: false },
  random: { name: "initialize_parameters_random", reference: "random", seeded: true },
  he: { name: "initialize_parameters_he", reference: "he", seeded: true },
};

// Encodes parameters as the Python driver would: a dict of numpy arrays, non-finite floats spelled out.
export function toWire(params: ObservedParameters): WireValue {
  return {
    $dict: params.keys.map((key) => {
      const a = params.arrays.get(key);
      if (a === undefined) throw new Error(`toWire: ${key} is not an array`);
      const data = Array.from(a.data, (x) =>
        Number.isNaN(x) ? "NaN" : x === Infinity ? "Infinity" : x === -Infinity ? "-Infinity" : x,
      ) as (number | "NaN" | "Infinity" | "-Infinity")[];
      return [key, { $array: { shape: a.shape, dtype: a.dtype, data } }] as const;
    }),
  };
}

/** A fake submission: what the function does for given layer sizes and call flags. */
export type Student = (layersDims: readonly number[], extra: CallExtras) => CallOutcome | WireValue;

// A student that returns this output builder's result, wire-encoded.
export function returning(build: (layersDims: readonly number[]) => ObservedParameters): Student {
  return (dims) => toWire(build(dims));
}

// A rubric test of a kind with sensible defaults; options as the loader would fill them.
export function rubricTest(kind: CheckKind, fn: GradedFunction, over: Partial<RubricTest> = {}): RubricTest {
  return {
    id: `${fn.reference}-${kind}`,
    name: `${fn.name}: ${kind}`,
    function: fn.name,
    kind,
    inputs: [[2, 4, 1]],
    points: 10,
    visibility: "visible",
    tolerance: TOLERANCE,
    feedback: "",
    options: {},
    source: { path: "rubrics/test.yaml", line: 1 },
    ...over,
  };
}

/** A context plus the requests the check made. */
export interface FakeRun {
  readonly ctx: CheckContext;
  readonly requests: { readonly layersDims: readonly number[]; readonly extra: CallExtras }[];
}

// A check context around a fake student; identical requests are memoised, as the engine does.
export function fakeContext(test: RubricTest, fn: GradedFunction, student: Student): FakeRun {
  const reference: LayerReference = initializationReferences.entries[fn.reference];
  const requests: FakeRun["requests"] = [];
  const memo = new Map<string, CallOutcome>();
  const call = async (layersDims: readonly number[], extra: CallExtras = {}): Promise<CallOutcome> => {
    const key = JSON.stringify([layersDims, extra.disturbRng ?? null, extra.returnArgs ?? false]);
    const known = memo.get(key);
    if (known !== undefined) return known;
    requests.push({ layersDims: [...layersDims], extra });
    const result = student(layersDims, extra);
    const outcome: CallOutcome =
      result !== null && typeof result === "object" && "status" in result
        ? (result as CallOutcome)
        : {
            status: "returned",
            value: result as WireValue,
            durationMs: 1,
            ...(extra.returnArgs ? { argsAfter: [{ $list: [...layersDims] }] } : {}),
          };
    memo.set(key, outcome);
    return outcome;
  };
  return { ctx: createCheckContext({ test, fn, reference, call }), requests };
}
