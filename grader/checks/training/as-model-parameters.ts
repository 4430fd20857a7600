// Turns a student's returned arrays into the reference model's parameters, or says why they cannot
// start the course model (a missing key or a wrong shape stops training before it starts).
import { fromData } from "../../../reference/linalg/matrix.js";
import type { Parameters } from "../../../reference/model/types.js";
import { formatShape } from "../evidence/format.js";
import type { ObservedParameters } from "../evidence/observed-parameters.js";

/** Parameters ready to train, or the reason they are not. */
export type ModelStart =
  | { readonly ok: true; readonly parameters: Parameters }
  | { readonly ok: false; readonly problem: string };

// Checks keys W1..WL, b1..bL and shapes (n_l, n_{l−1}), (n_l, 1) for the given layers_dims.
export function asModelParameters(observed: ObservedParameters, layersDims: readonly number[]): ModelStart {
  const parameters: Parameters = {};
  for (let l = 1; l < layersDims.length; l++) {
    for (const [key, shape] of [
      [`W${l}`, [layersDims[l], layersDims[l - 1]]],
      [`b${l}`, [layersDims[l], 1]],
    ] as const) {
      const array = observed.arrays.get(key);
      if (array === undefined) {
        const why = observed.unreadable.get(key) ?? `${key} is missing`;
        return { ok: false, problem: `the model cannot start: ${why}` };
      }
      if (array.shape.length !== 2 || array.shape[0] !== shape[0] || array.shape[1] !== shape[1]) {
        return {
          ok: false,
          problem: `the model cannot start: ${key} has shape ${formatShape(array.shape)}, expected ${formatShape(shape)}`,
        };
      }
      parameters[key] = fromData(shape[0], shape[1], Float64Array.from(array.data));
    }
  }
  return { ok: true, parameters };
}
