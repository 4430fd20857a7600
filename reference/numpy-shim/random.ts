// np.random for TypeScript students: numpy's legacy global RandomState, returning nested number arrays.
import { RandomState } from "../random/random-state.js";
import type { RandomStateSnapshot } from "../random/snapshot.js";
import { type NestedArray, sizeToShape, toNested } from "./nested.js";

/** numpy seeds its global RandomState from OS entropy; the shim starts from a fixed seed (0) instead. */
const INITIAL_SEED = 0;

/** The one global state every np.random function draws from, as numpy's module-level functions do. */
export const globalRandomState = new RandomState(INITIAL_SEED);

function randn(): number;
function randn(d0: number): number[];
function randn(d0: number, d1: number): number[][];
function randn(...shape: number[]): NestedArray;
// np.random.randn(d0, d1, …): standard normals; no arguments gives one number.
function randn(...shape: number[]): NestedArray {
  return toNested(globalRandomState.randn(...shape), shape);
}

function rand(): number;
function rand(d0: number): number[];
function rand(d0: number, d1: number): number[][];
function rand(...shape: number[]): NestedArray;
// np.random.rand(d0, d1, …): uniform draws in [0, 1).
function rand(...shape: number[]): NestedArray {
  return toNested(globalRandomState.rand(...shape), shape);
}

function standardNormal(): number;
function standardNormal(size: number): number[];
function standardNormal(size: readonly [number, number]): number[][];
function standardNormal(size?: number | readonly number[]): NestedArray;
// np.random.standard_normal(size): the same stream as randn, with a numpy size argument.
function standardNormal(size?: number | readonly number[]): NestedArray {
  return toNested(globalRandomState.standardNormal(size), sizeToShape(size));
}

function normal(loc?: number, scale?: number): number;
function normal(loc: number, scale: number, size: number): number[];
function normal(loc: number, scale: number, size: readonly [number, number]): number[][];
function normal(loc?: number, scale?: number, size?: number | readonly number[]): NestedArray;
// np.random.normal(loc=0, scale=1, size=None).
function normal(loc = 0, scale = 1, size?: number | readonly number[]): NestedArray {
  return toNested(globalRandomState.normal(loc, scale, size), sizeToShape(size));
}

/** The np.random namespace of the shim. */
export const random = {
  /** np.random.seed(n): reseeds the global state and drops the cached gauss value. */
  seed: (seed: number): void => globalRandomState.seed(seed),
  randn,
  rand,
  standard_normal: standardNormal,
  standardNormal,
  normal,
  /** np.random.random_sample(): one uniform draw. */
  random_sample: (): number => globalRandomState.randomSample(),
  /** np.random.get_state(), as a plain snapshot. */
  get_state: (): RandomStateSnapshot => globalRandomState.getState(),
  /** np.random.set_state(snapshot). */
  set_state: (state: RandomStateSnapshot): void => globalRandomState.setState(state),
};
