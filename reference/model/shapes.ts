// Guards for the model's inputs: parameter keys and shapes, and data shapes. Each error names the
// field, the rule and the value found; they signal a harness or configuration bug, not a student's.
import type { Matrix } from "../linalg/matrix.js";
import type { Parameters } from "./types.js";

const WEIGHT_KEY = /^W([1-9][0-9]*)$/;

// Layer sizes [n0, n1, …, nL] of a parameter set, after checking its keys and shapes.
export function layerSizesOf(parameters: Parameters): number[] {
  const keys = Object.keys(parameters);
  const depth = keys.filter((key) => WEIGHT_KEY.test(key)).length;
  const expected = expectedKeys(depth);
  if (depth === 0 || keys.length !== expected.length || !expected.every((key) => key in parameters)) {
    throw new RangeError(
      `parameters: expected the keys W1, b1, …, WL, bL for some L ≥ 1, got ${keys.join(", ") || "no keys"}`,
    );
  }
  const sizes = [parameters.W1.cols];
  for (let l = 1; l <= depth; l++) {
    const W = parameters[`W${l}`];
    const b = parameters[`b${l}`];
    const fanIn = sizes[l - 1];
    if (W.rows < 1 || W.cols !== fanIn) {
      throw new RangeError(`parameters.W${l}: expected shape (n${l} ≥ 1, ${fanIn}), got ${shapeOf(W)}`);
    }
    if (b.rows !== W.rows || b.cols !== 1) {
      throw new RangeError(`parameters.b${l}: expected shape (${W.rows}, 1), got ${shapeOf(b)}`);
    }
    sizes.push(W.rows);
  }
  if (sizes[0] < 1) throw new RangeError("parameters.W1: expected at least one input feature, got 0 columns");
  return sizes;
}

// Checks X (n0, m) and, when given, Y (nL, m) against the layer sizes; returns m.
export function exampleCountOf(sizes: readonly number[], X: Matrix, Y?: Matrix): number {
  if (X.rows !== sizes[0] || X.cols < 1) {
    throw new RangeError(`X: expected shape (${sizes[0]}, m ≥ 1), got ${shapeOf(X)}`);
  }
  const outputs = sizes[sizes.length - 1];
  if (Y !== undefined && (Y.rows !== outputs || Y.cols !== X.cols)) {
    throw new RangeError(
      `Y: expected shape (${outputs}, ${X.cols}) to match the output layer and X, got ${shapeOf(Y)}`,
    );
  }
  return X.cols;
}

// "(rows, cols)", as numpy prints a shape.
export function shapeOf(m: Matrix): string {
  return `(${m.rows}, ${m.cols})`;
}

function expectedKeys(depth: number): string[] {
  const keys: string[] = [];
  for (let l = 1; l <= depth; l++) keys.push(`W${l}`, `b${l}`);
  return keys;
}
