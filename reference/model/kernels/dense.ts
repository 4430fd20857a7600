// The products of the course's forward and backward propagation, fused with the elementwise step
// that follows them, for the model's shapes (a few rows, hundreds of example columns):
//   forward:  out = np.dot(W, A) + b, then relu(out) = np.maximum(0, out) when asked;
//   backward: out = np.dot(W.T, dZ), then np.multiply(out, np.int64(A > 0)) when asked.
// Fusing saves a whole pass over each hidden layer per step. Register-tiled (2 rows × 4 columns)
// plain loops over row-major Float64Arrays; nothing is allocated. Each inner product is summed in
// k order starting from 0, then the bias is added: BLAS (FMA, its own blocking) differs only in
// the last bit. tanh and sigmoid layers use NONE here and a separate pass (kernels/activations.ts).
import { denseRowInto } from "./dense-row.js";
import { type Epilogue, finish, RELU, RELU_GRADIENT } from "./epilogue.js";

/** Columns of the output computed together: each loaded weight then feeds this many sums. */
const TILE_COLS = 4;

// out (rows × cols) = epilogue(a (rows × inner) · b (inner × cols) + bias[i] on row i); mask is
// read only by RELU_GRADIENT (same shape as out).
export function denseInto(
  a: Float64Array,
  rows: number,
  inner: number,
  b: Float64Array,
  cols: number,
  bias: Float64Array | null,
  epilogue: Epilogue,
  mask: Float64Array,
  out: Float64Array,
): void {
  // Decided once per call: in the tiles, a comparison with an imported binding can cost a call
  // (module transforms such as tsx and vitest turn imports into getters).
  const relu = epilogue === RELU;
  const reluGradient = epilogue === RELU_GRADIENT;
  let i = 0;
  for (; i + 2 <= rows; i += 2) {
    const a0 = i * inner;
    const a1 = a0 + inner;
    const c0 = bias === null ? 0 : bias[i];
    const c1 = bias === null ? 0 : bias[i + 1];
    let j = 0;
    for (; j + TILE_COLS <= cols; j += TILE_COLS) {
      let s00 = 0;
      let s01 = 0;
      let s02 = 0;
      let s03 = 0;
      let s10 = 0;
      let s11 = 0;
      let s12 = 0;
      let s13 = 0;
      for (let k = 0, p = j; k < inner; k++, p += cols) {
        const u0 = a[a0 + k];
        const u1 = a[a1 + k];
        const x0 = b[p];
        const x1 = b[p + 1];
        const x2 = b[p + 2];
        const x3 = b[p + 3];
        s00 += u0 * x0;
        s01 += u0 * x1;
        s02 += u0 * x2;
        s03 += u0 * x3;
        s10 += u1 * x0;
        s11 += u1 * x1;
        s12 += u1 * x2;
        s13 += u1 * x3;
      }
      // The three epilogues are written out (not a helper): the helper would not be inlined.
      const p0 = i * cols + j;
      const p1 = p0 + cols;
      if (relu) {
        out[p0] = Math.max(0, s00 + c0);
        out[p0 + 1] = Math.max(0, s01 + c0);
        out[p0 + 2] = Math.max(0, s02 + c0);
        out[p0 + 3] = Math.max(0, s03 + c0);
        out[p1] = Math.max(0, s10 + c1);
        out[p1 + 1] = Math.max(0, s11 + c1);
        out[p1 + 2] = Math.max(0, s12 + c1);
        out[p1 + 3] = Math.max(0, s13 + c1);
      } else if (reluGradient) {
        out[p0] = (s00 + c0) * (mask[p0] > 0 ? 1 : 0);
        out[p0 + 1] = (s01 + c0) * (mask[p0 + 1] > 0 ? 1 : 0);
        out[p0 + 2] = (s02 + c0) * (mask[p0 + 2] > 0 ? 1 : 0);
        out[p0 + 3] = (s03 + c0) * (mask[p0 + 3] > 0 ? 1 : 0);
        out[p1] = (s10 + c1) * (mask[p1] > 0 ? 1 : 0);
        out[p1 + 1] = (s11 + c1) * (mask[p1 + 1] > 0 ? 1 : 0);
        out[p1 + 2] = (s12 + c1) * (mask[p1 + 2] > 0 ? 1 : 0);
        out[p1 + 3] = (s13 + c1) * (mask[p1 + 3] > 0 ? 1 : 0);
      } else {
        out[p0] = s00 + c0;
        out[p0 + 1] = s01 + c0;
        out[p0 + 2] = s02 + c0;
        out[p0 + 3] = s03 + c0;
        out[p1] = s10 + c1;
        out[p1 + 1] = s11 + c1;
        out[p1 + 2] = s12 + c1;
        out[p1 + 3] = s13 + c1;
      }
    }
    for (; j < cols; j++) {
      let s0 = 0;
      let s1 = 0;
      for (let k = 0, p = j; k < inner; k++, p += cols) {
        const x = b[p];
        s0 += a[a0 + k] * x;
        s1 += a[a1 + k] * x;
      }
      const p0 = i * cols + j;
      out[p0] = finish(s0 + c0, epilogue, mask, p0);
      out[p0 + cols] = finish(s1 + c1, epilogue, mask, p0 + cols);
    }
  }
  if (i < rows) denseRowInto(a, i, inner, b, cols, bias, epilogue, mask, out);
}
