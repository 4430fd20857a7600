// The weight-gradient product np.dot(dZ, A.T) of the course's backward_propagation: inner
// products along the long, contiguous example axis of both operands. A 2 × 2 tile keeps four
// running sums in registers and shares each pair of loads; the example loop is unrolled by two.
// Each sum runs in index order from 0 (BLAS may differ in the last bit). Nothing is allocated.
import { rowTimesTransposedInto } from "./matmul-transposed-row.js";

// out (rows × bRows) = a (rows × len) · b (bRows × len)ᵀ.
export function matmulTransposedInto(
  a: Float64Array,
  rows: number,
  b: Float64Array,
  bRows: number,
  len: number,
  out: Float64Array,
): void {
  const even = len - (len % 2);
  let i = 0;
  for (; i + 2 <= rows; i += 2) {
    const a0 = i * len;
    const a1 = a0 + len;
    const o0 = i * bRows;
    const o1 = o0 + bRows;
    let k = 0;
    for (; k + 2 <= bRows; k += 2) {
      const b0 = k * len;
      const b1 = b0 + len;
      let s00 = 0;
      let s01 = 0;
      let s10 = 0;
      let s11 = 0;
      let j = 0;
      for (; j < even; j += 2) {
        let d0 = a[a0 + j];
        let d1 = a[a1 + j];
        let x0 = b[b0 + j];
        let x1 = b[b1 + j];
        s00 += d0 * x0;
        s01 += d0 * x1;
        s10 += d1 * x0;
        s11 += d1 * x1;
        d0 = a[a0 + j + 1];
        d1 = a[a1 + j + 1];
        x0 = b[b0 + j + 1];
        x1 = b[b1 + j + 1];
        s00 += d0 * x0;
        s01 += d0 * x1;
        s10 += d1 * x0;
        s11 += d1 * x1;
      }
      if (j < len) {
        const d0 = a[a0 + j];
        const d1 = a[a1 + j];
        const x0 = b[b0 + j];
        const x1 = b[b1 + j];
        s00 += d0 * x0;
        s01 += d0 * x1;
        s10 += d1 * x0;
        s11 += d1 * x1;
      }
      out[o0 + k] = s00;
      out[o0 + k + 1] = s01;
      out[o1 + k] = s10;
      out[o1 + k + 1] = s11;
    }
    if (k < bRows) {
      const b0 = k * len;
      let s0 = 0;
      let s1 = 0;
      let j = 0;
      for (; j < even; j += 2) {
        let x = b[b0 + j];
        s0 += a[a0 + j] * x;
        s1 += a[a1 + j] * x;
        x = b[b0 + j + 1];
        s0 += a[a0 + j + 1] * x;
        s1 += a[a1 + j + 1] * x;
      }
      if (j < len) {
        const x = b[b0 + j];
        s0 += a[a0 + j] * x;
        s1 += a[a1 + j] * x;
      }
      out[o0 + k] = s0;
      out[o1 + k] = s1;
    }
  }
  if (i < rows) rowTimesTransposedInto(a, i, b, bRows, len, out);
}
