// The tiled product kernels against a naive triple loop with the same summation order: every
// tile and remainder path must give bit-identical results (tolerance 0).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { matmulInto } from "../../../../reference/model/kernels/matmul.js";
import { matmulTransposedInto } from "../../../../reference/model/kernels/matmul-transposed.js";
import { FC_SEED, propertyOptions } from "../arbitraries.js";

const RUNS = 200;
const dimension = fc.integer({ min: 1, max: 11 });
const values = (length: number) =>
  fc.float64Array({ min: -4, max: 4, noNaN: true, minLength: length, maxLength: length });

describe(`matrix product kernels (fast-check seed ${FC_SEED}; set FC_SEED to change)`, () => {
  it("matmulInto equals Σ_k a[i,k]·b[k,j] summed in k order, plus the row bias", () => {
    const shapes = fc.tuple(dimension, dimension, dimension, fc.boolean());
    const arb = shapes.chain(([rows, inner, cols, withBias]) =>
      fc.tuple(
        fc.constant([rows, inner, cols] as const),
        values(rows * inner),
        values(inner * cols),
        withBias ? values(rows) : fc.constant(null),
      ),
    );
    fc.assert(
      fc.property(arb, ([[rows, inner, cols], a, b, bias]) => {
        const out = new Float64Array(rows * cols);
        matmulInto(a, rows, inner, b, cols, bias, out);
        for (let i = 0; i < rows; i++) {
          for (let j = 0; j < cols; j++) {
            let s = 0;
            for (let k = 0; k < inner; k++) s += a[i * inner + k] * b[k * cols + j];
            expect(out[i * cols + j]).toBe(s + (bias === null ? 0 : bias[i]));
          }
        }
      }),
      propertyOptions(RUNS),
    );
  });

  it("matmulTransposedInto equals Σ_j a[i,j]·b[k,j] summed in j order", () => {
    const arb = fc
      .tuple(dimension, dimension, dimension)
      .chain(([rows, bRows, len]) =>
        fc.tuple(fc.constant([rows, bRows, len] as const), values(rows * len), values(bRows * len)),
      );
    fc.assert(
      fc.property(arb, ([[rows, bRows, len], a, b]) => {
        const out = new Float64Array(rows * bRows);
        matmulTransposedInto(a, rows, b, bRows, len, out);
        for (let i = 0; i < rows; i++) {
          for (let k = 0; k < bRows; k++) {
            let s = 0;
            for (let j = 0; j < len; j++) s += a[i * len + j] * b[k * len + j];
            expect(out[i * bRows + k]).toBe(s);
          }
        }
      }),
      propertyOptions(RUNS),
    );
  });
});
