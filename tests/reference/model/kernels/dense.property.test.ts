// denseInto against a naive triple loop with the same summation order: every tile, remainder
// and epilogue path must give bit-identical results (tolerance 0).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { denseInto } from "../../../../reference/model/kernels/dense.js";
import { type Epilogue, NONE, RELU, RELU_GRADIENT } from "../../../../reference/model/kernels/epilogue.js";
import { FC_SEED, propertyOptions } from "../arbitraries.js";

const RUNS = 300;
const dimension = fc.integer({ min: 1, max: 11 });
const values = (length: number) =>
  fc.float64Array({ min: -4, max: 4, noNaN: true, minLength: length, maxLength: length });

// What numpy computes: (Σ_k a[i,k]·b[k,j] + bias[i]), then the epilogue.
function expected(s: number, epilogue: Epilogue, mask: number): number {
  if (epilogue === RELU) return Math.max(0, s);
  if (epilogue === RELU_GRADIENT) return s * (mask > 0 ? 1 : 0);
  return s;
}

describe(`denseInto (fast-check seed ${FC_SEED}; set FC_SEED to change)`, () => {
  it("equals Σ_k a[i,k]·b[k,j] in k order, plus the row bias, then the epilogue", () => {
    const arb = fc
      .tuple(
        dimension,
        dimension,
        dimension,
        fc.boolean(),
        fc.constantFrom<Epilogue>(NONE, RELU, RELU_GRADIENT),
      )
      .chain(([rows, inner, cols, withBias, epilogue]) =>
        fc.record({
          shape: fc.constant({ rows, inner, cols, epilogue }),
          a: values(rows * inner),
          b: values(inner * cols),
          bias: withBias ? values(rows) : fc.constant(null),
          mask: values(rows * cols),
        }),
      );
    fc.assert(
      fc.property(arb, ({ shape: { rows, inner, cols, epilogue }, a, b, bias, mask }) => {
        const out = new Float64Array(rows * cols);
        denseInto(a, rows, inner, b, cols, bias, epilogue, mask, out);
        for (let i = 0; i < rows; i++) {
          for (let j = 0; j < cols; j++) {
            let s = 0;
            for (let k = 0; k < inner; k++) s += a[i * inner + k] * b[k * cols + j];
            const want = expected(s + (bias === null ? 0 : bias[i]), epilogue, mask[i * cols + j]);
            expect(out[i * cols + j]).toBe(want);
          }
        }
      }),
      propertyOptions(RUNS),
    );
  });
});
