// The weight-gradient product np.dot(dZ, A.T) of the course's backward_propagation: inner
// products along the long, contiguous example axis of both operands. Tiled 2 × 2 so that four
// independent sums share each pair of loads; each sum runs in index order. Nothing is allocated.

/** Rows of a (and of b) handled together: a 2 × 2 tile keeps four running sums in registers. */
const NT_TILE = 2;

// out (rows × bRows) = a (rows × len) · b (bRows × len)ᵀ.
export function matmulTransposedInto(
  a: Float64Array,
  rows: number,
  b: Float64Array,
  bRows: number,
  len: number,
  out: Float64Array,
): void {
  let i = 0;
  for (; i + NT_TILE <= rows; i += NT_TILE) {
    const a0 = i * len;
    const a1 = a0 + len;
    const o0 = i * bRows;
    const o1 = o0 + bRows;
    let k = 0;
    for (; k + NT_TILE <= bRows; k += NT_TILE) {
      const b0 = k * len;
      const b1 = b0 + len;
      let s00 = 0;
      let s01 = 0;
      let s10 = 0;
      let s11 = 0;
      for (let j = 0; j < len; j++) {
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
      for (let j = 0; j < len; j++) {
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

// The last, unpaired row of matmulTransposedInto, two columns of the output at a time.
function rowTimesTransposedInto(
  a: Float64Array,
  i: number,
  b: Float64Array,
  bRows: number,
  len: number,
  out: Float64Array,
): void {
  const a0 = i * len;
  const o0 = i * bRows;
  let k = 0;
  for (; k + NT_TILE <= bRows; k += NT_TILE) {
    const b0 = k * len;
    const b1 = b0 + len;
    let s0 = 0;
    let s1 = 0;
    for (let j = 0; j < len; j++) {
      const d = a[a0 + j];
      s0 += d * b[b0 + j];
      s1 += d * b[b1 + j];
    }
    out[o0 + k] = s0;
    out[o0 + k + 1] = s1;
  }
  if (k < bRows) {
    const b0 = k * len;
    let s = 0;
    for (let j = 0; j < len; j++) s += a[a0 + j] * b[b0 + j];
    out[o0 + k] = s;
  }
}
