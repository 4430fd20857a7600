// The yardstick for rounding: the gradient norms a non-degenerate (He) start gives on the same data.
import { initializeParametersHe } from "../../reference/initializers.js";
import type { Matrix } from "../../reference/linalg/matrix.js";
import { type HiddenActivation, train } from "../../reference/model/index.js";

// ‖[dW_l, db_l]‖ of the first step from He initialization (seed 3), per layer l (index l − 1).
export function heScale(
  X: Matrix,
  Y: Matrix,
  layersDims: readonly number[],
  activation: HiddenActivation,
): number[] {
  const run = train({
    X,
    Y,
    parameters: initializeParametersHe([...layersDims]),
    iterations: 1,
    hiddenActivation: activation,
    diagnostics: { steps: 1 },
  });
  return run.diagnostics[0].layers.map((d) => Math.hypot(d.dWNorm, d.dbNorm));
}
