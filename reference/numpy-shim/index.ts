// A numpy-compatible `np` for TypeScript and JavaScript submissions: np.random on numpy's legacy stream,
// np.zeros and np.sqrt on nested number arrays. Submissions import it as "numpy" or "nn-grader/reference".
import { mapNested, type NestedArray, sizeToShape, toNested } from "./nested.js";
import { random } from "./random.js";

export type { NestedArray } from "./nested.js";
export { globalRandomState, random } from "./random.js";

/** np.zeros(shape): a nested array of zeros; np.zeros([n, 1]) is a column of n rows. */
export function zeros(shape: number): number[];
export function zeros(shape: readonly [number]): number[];
export function zeros(shape: readonly [number, number]): number[][];
export function zeros(shape: number | readonly number[]): NestedArray;
export function zeros(shape: number | readonly number[]): NestedArray {
  const dims = sizeToShape(shape);
  return toNested(new Float64Array(dims.reduce((a, b) => a * b, 1)), dims);
}

/** np.sqrt: the square root of a number, or of every number of a nested array. */
export function sqrt(x: number): number;
export function sqrt(x: NestedArray): NestedArray;
export function sqrt(x: NestedArray): NestedArray {
  return mapNested(x, Math.sqrt);
}

/** The `np` object: `import np from "numpy"` and `import { np } from "nn-grader/reference"` both give it. */
export const np = { random, zeros, sqrt };
export default np;
