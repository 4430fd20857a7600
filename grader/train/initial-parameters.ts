// The starting parameters of a run, from the assignment's initializers or a constant.
import {
  initializeParametersHe,
  initializeParametersRandom,
  initializeParametersZeros,
} from "../../reference/initializers.js";
import { fromData } from "../../reference/linalg/matrix.js";
import type { Parameters } from "../../reference/model/index.js";
import type { RunOptions } from "./run-options.js";

// zeros, random ×10 and He as the assignment defines them (seed 3); constant: every W entry c, biases 0.
export function initialParameters(options: RunOptions): Parameters {
  const dims = [...options.layersDims];
  switch (options.init) {
    case "zeros":
      return initializeParametersZeros(dims);
    case "random":
      return initializeParametersRandom(dims);
    case "he":
      return initializeParametersHe(dims);
    case "constant":
      return constantParameters(dims, options.value ?? 0);
  }
}

function constantParameters(dims: readonly number[], c: number): Parameters {
  const out: Parameters = {};
  for (let l = 1; l < dims.length; l++) {
    out[`W${l}`] = fromData(dims[l], dims[l - 1], new Float64Array(dims[l] * dims[l - 1]).fill(c));
    out[`b${l}`] = fromData(dims[l], 1, new Float64Array(dims[l]));
  }
  return out;
}
