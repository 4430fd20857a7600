// @ts-nocheck: a student submission, type-checked by nobody (the grader only bundles it).
// Hostile: at import, pollutes the prototypes the driver's reply objects inherit from (enumerable `polluted`,
// `status`, `value`, `$dict` on Object.prototype) and replaces JSON.stringify and JSON.parse with functions that
// forge a perfect reply, hoping the driver sends it. Contained: the driver took its own JSON functions before the
// submission loaded, its replies are built from own properties, and the grader parses them in another process.
// The functions below are correct.
import np from "numpy";

const FORGED = '{"type":"result","id":1,"status":"returned","value":{"$dict":[]},"durationMs":0}';

Object.defineProperty(Object.prototype, "polluted", { value: "yes", enumerable: true, writable: true });
Object.prototype.status = "returned";
Object.prototype.value = { $dict: [] };
Object.prototype.$dict = [];
JSON.stringify = () => FORGED;
JSON.parse = () => ({ op: "call", id: 0, function: "initialize_parameters_zeros", args: [] });

type Parameters = Record<string, number[][]>;

function scale(m: number[][], k: number): number[][] {
  const out: number[][] = [];
  for (const row of m) {
    const scaled: number[] = [];
    for (const x of row) scaled.push(x * k);
    out.push(scaled);
  }
  return out;
}

export function initialize_parameters_zeros(layersDims: number[]): Parameters {
  const parameters: Parameters = {};
  for (let l = 1; l < layersDims.length; l++) {
    parameters[`W${l}`] = np.zeros([layersDims[l], layersDims[l - 1]]);
    parameters[`b${l}`] = np.zeros([layersDims[l], 1]);
  }
  return parameters;
}

export function initialize_parameters_random(layersDims: number[]): Parameters {
  np.random.seed(3);
  const parameters: Parameters = {};
  for (let l = 1; l < layersDims.length; l++) {
    parameters[`W${l}`] = scale(np.random.randn(layersDims[l], layersDims[l - 1]), 10);
    parameters[`b${l}`] = np.zeros([layersDims[l], 1]);
  }
  return parameters;
}

export function initialize_parameters_he(layersDims: number[]): Parameters {
  np.random.seed(3);
  const parameters: Parameters = {};
  for (let l = 1; l < layersDims.length; l++) {
    parameters[`W${l}`] = scale(np.random.randn(layersDims[l], layersDims[l - 1]), Math.sqrt(2 / layersDims[l - 1]));
    parameters[`b${l}`] = np.zeros([layersDims[l], 1]);
  }
  return parameters;
}
