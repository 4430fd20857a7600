// Dense products for the model's small matrices (a few rows, hundreds of columns), in the shapes
// np.dot(W, A) + b and np.dot(dZ, A.T) take in the course's forward and backward propagation.
// Register-tiled plain loops over row-major Float64Arrays; nothing is allocated.
// Each inner product is summed in index order; BLAS (with FMA and its own blocking) may differ
// from that in the last bit, which is the only difference from numpy.

/** Rows of the output computed together by matmulInto (each loaded B value feeds this many). */
const NN_TILE_ROWS = 4;
/** Columns of the output computed together by matmulInto's row-remainder loop. */
const NN_TAIL_COLS = 4;

// out (rows × cols) = a (rows × inner) · b (inner × cols) [+ bias[i] on row i]: np.dot(W, A) + b.
export function matmulInto(
  a: Float64Array,
  rows: number,
  inner: number,
  b: Float64Array,
  cols: number,
  bias: Float64Array | null,
  out: Float64Array,
): void {
  let i = 0;
  for (; i + NN_TILE_ROWS <= rows; i += NN_TILE_ROWS) {
    const a0 = i * inner;
    const a1 = a0 + inner;
    const a2 = a1 + inner;
    const a3 = a2 + inner;
    const o0 = i * cols;
    const o1 = o0 + cols;
    const o2 = o1 + cols;
    const o3 = o2 + cols;
    const c0 = bias === null ? 0 : bias[i];
    const c1 = bias === null ? 0 : bias[i + 1];
    const c2 = bias === null ? 0 : bias[i + 2];
    const c3 = bias === null ? 0 : bias[i + 3];
    let j = 0;
    for (; j + 2 <= cols; j += 2) {
      let s00 = 0;
      let s01 = 0;
      let s10 = 0;
      let s11 = 0;
      let s20 = 0;
      let s21 = 0;
      let s30 = 0;
      let s31 = 0;
      for (let k = 0, p = j; k < inner; k++, p += cols) {
        const x0 = b[p];
        const x1 = b[p + 1];
        const u0 = a[a0 + k];
        const u1 = a[a1 + k];
        const u2 = a[a2 + k];
        const u3 = a[a3 + k];
        s00 += u0 * x0;
        s01 += u0 * x1;
        s10 += u1 * x0;
        s11 += u1 * x1;
        s20 += u2 * x0;
        s21 += u2 * x1;
        s30 += u3 * x0;
        s31 += u3 * x1;
      }
      out[o0 + j] = s00 + c0;
      out[o0 + j + 1] = s01 + c0;
      out[o1 + j] = s10 + c1;
      out[o1 + j + 1] = s11 + c1;
      out[o2 + j] = s20 + c2;
      out[o2 + j + 1] = s21 + c2;
      out[o3 + j] = s30 + c3;
      out[o3 + j + 1] = s31 + c3;
    }
    if (j < cols) {
      for (let q = 0; q < NN_TILE_ROWS; q++) {
        let s = 0;
        for (let k = 0, p = j; k < inner; k++, p += cols) s += a[a0 + q * inner + k] * b[p];
        out[o0 + q * cols + j] = s + (bias === null ? 0 : bias[i + q]);
      }
    }
  }
  for (; i < rows; i++) matmulRowInto(a, i, inner, b, cols, bias === null ? 0 : bias[i], out);
}

// One output row of matmulInto, NN_TAIL_COLS columns at a time.
function matmulRowInto(
  a: Float64Array,
  i: number,
  inner: number,
  b: Float64Array,
  cols: number,
  c: number,
  out: Float64Array,
): void {
  const a0 = i * inner;
  const o0 = i * cols;
  let j = 0;
  for (; j + NN_TAIL_COLS <= cols; j += NN_TAIL_COLS) {
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    for (let k = 0, p = j; k < inner; k++, p += cols) {
      const u = a[a0 + k];
      s0 += u * b[p];
      s1 += u * b[p + 1];
      s2 += u * b[p + 2];
      s3 += u * b[p + 3];
    }
    out[o0 + j] = s0 + c;
    out[o0 + j + 1] = s1 + c;
    out[o0 + j + 2] = s2 + c;
    out[o0 + j + 3] = s3 + c;
  }
  for (; j < cols; j++) {
    let s = 0;
    for (let k = 0, p = j; k < inner; k++, p += cols) s += a[a0 + k] * b[p];
    out[o0 + j] = s + c;
  }
}
