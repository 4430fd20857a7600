// Reading the numpy fixtures under tests/fixtures/model (written by scripts/fixtures_model.py)
// and comparing matrices with a stated tolerance.
import { readFileSync } from "node:fs";
import { expect } from "vitest";
import { fromRows, type Matrix } from "../../../reference/linalg/matrix.js";
import type { Parameters } from "../../../reference/model/index.js";

/** A float as the fixtures store it: JSON has no literal for the non-finite ones. */
export type StoredNumber = number | "Infinity" | "-Infinity" | "NaN";
export type StoredMatrix = StoredNumber[][];
export type StoredParameters = Record<string, StoredMatrix>;

// Parses tests/fixtures/model/<name>.
export function readModelFixture<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`../../fixtures/model/${name}`, import.meta.url), "utf8")) as T;
}

// The number a stored float stands for.
export function decode(x: StoredNumber): number {
  return typeof x === "number" ? x : Number(x);
}

// A stored nested-rows matrix as a Matrix.
export function toMatrix(rows: StoredMatrix): Matrix {
  return fromRows(rows.map((row) => row.map(decode)));
}

// Stored parameters (or gradients) as a record of matrices.
export function toParameters(stored: StoredParameters): Parameters {
  return Object.fromEntries(Object.entries(stored).map(([key, rows]) => [key, toMatrix(rows)]));
}

// Largest |got − want| divided by the largest |want| (normwise relative error; 0 when equal).
export function normwiseError(got: Matrix, want: Matrix): number {
  let diff = 0;
  let scale = 0;
  for (let i = 0; i < want.data.length; i++) {
    const g = got.data[i];
    const w = want.data[i];
    if (Object.is(g, w) || g === w || (Number.isNaN(g) && Number.isNaN(w))) continue;
    diff = Math.max(diff, Math.abs(g - w));
    scale = Math.max(scale, Math.abs(w));
  }
  for (const w of want.data) scale = Math.max(scale, Math.abs(w));
  return diff === 0 ? 0 : Number.isFinite(diff) ? diff / scale : Number.POSITIVE_INFINITY;
}

// Asserts same shape and normwise relative error ≤ tolerance, naming the matrix in the message.
export function expectMatrixClose(got: Matrix, want: Matrix, tolerance: number, what: string): void {
  expect([got.rows, got.cols], `${what}: shape`).toEqual([want.rows, want.cols]);
  const error = normwiseError(got, want);
  expect(error, `${what}: normwise relative error ${error} exceeds ${tolerance}`).toBeLessThanOrEqual(
    tolerance,
  );
}

// |got − want| / |want|, with equal values (including both infinite or both NaN) giving 0.
export function relativeError(got: number, want: number): number {
  if (got === want || (Number.isNaN(got) && Number.isNaN(want))) return 0;
  return Math.abs(got - want) / Math.abs(want);
}
