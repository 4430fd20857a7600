// A student's own initializers, called through the sandboxed runner on the course's layers_dims, as the
// starting parameters of `grader train --from`.
import type { Parameters } from "../../../reference/model/index.js";
import { formatCall } from "../../checks/evidence/format.js";
import { decodeParameters } from "../../checks/evidence/observed-parameters.js";
import { describeFailedCall } from "../../checks/evidence/outcome.js";
import { asModelParameters } from "../../checks/training/as-model-parameters.js";
import { openSession } from "../../runners/open-session.js";

/** Deadline of one initializer call. */
export const START_CALL_DEADLINE_MS = 5000;

/** The student's parameters for one function, or why there are none (in one line). */
export type StudentStart =
  | { readonly ok: true; readonly fn: string; readonly parameters: Parameters }
  | { readonly ok: false; readonly fn: string; readonly problem: string };

// Calls each function once with `layersDims` in one session and turns each result into model parameters.
export async function studentStarts(
  file: string,
  functions: readonly string[],
  layersDims: readonly number[],
): Promise<StudentStart[]> {
  const session = await openSession(file, { functions });
  try {
    const starts: StudentStart[] = [];
    for (const fn of functions) {
      const outcome = await session.call({
        function: fn,
        args: [{ $list: [...layersDims] }],
        deadlineMs: START_CALL_DEADLINE_MS,
      });
      if (outcome.status !== "returned") {
        starts.push({ ok: false, fn, problem: describeFailedCall(fn, layersDims, outcome).summary });
        continue;
      }
      const decoded = decodeParameters(outcome.value);
      const start = decoded.ok ? asModelParameters(decoded.params, layersDims) : decoded;
      starts.push(
        start.ok
          ? { ok: true, fn, parameters: start.parameters }
          : { ok: false, fn, problem: `${formatCall(fn, layersDims)}: ${start.problem}` },
      );
    }
    return starts;
  } finally {
    await session.close();
  }
}
