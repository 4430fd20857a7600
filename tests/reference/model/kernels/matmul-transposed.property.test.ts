// matmulTransposedInto against a naive loop with the same summation order: every tile and
// remainder path must give bit-identical results (tolerance 0).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { matmulTransposedInto } from "../../../../reference/model/kernels/matmul-transposed.js";
import { FC_SEED, propertyOptions } from "../arbitraries.js";

const RUNS = 300;
const dimension = fc.integer({ min: 1, max: 11 });
const values = (length: number) =>
  fc.float64Array({ min: -4, max: 4, noNaN: true, minLength: length, maxLength: length });

describe(`matmulTransposedInto (fast-check seed ${FC_SEED}; set FC_SEED to change)`, () => {
  it("equals Σ_j a[i,j]·b[k,j] summed in j order", () => {
    const arb = fc.tuple(dimension, dimension, dimension).chain(([rows, bRows, len]) =>
      fc.record({
        shape: fc.constant({ rows, bRows, len }),
        a: values(rows * len),
        b: values(bRows * len),
      }),
    );
    fc.assert(
      fc.property(arb, ({ shape: { rows, bRows, len }, a, b }) => {
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
