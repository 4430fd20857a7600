// The last, unpaired row of matmulTransposedInto (matmul-transposed.ts): two outputs at a time,
// the example loop unrolled by two, each sum in index order.

// Row i of out = a[i, :] · bᵀ, for a (· × len) and b (bRows × len).
export function rowTimesTransposedInto(
  a: Float64Array,
  i: number,
  b: Float64Array,
  bRows: number,
  len: number,
  out: Float64Array,
): void {
  const even = len - (len % 2);
  const a0 = i * len;
  const o0 = i * bRows;
  let k = 0;
  for (; k + 2 <= bRows; k += 2) {
    const b0 = k * len;
    const b1 = b0 + len;
    let s0 = 0;
    let s1 = 0;
    let j = 0;
    for (; j < even; j += 2) {
      let d = a[a0 + j];
      s0 += d * b[b0 + j];
      s1 += d * b[b1 + j];
      d = a[a0 + j + 1];
      s0 += d * b[b0 + j + 1];
      s1 += d * b[b1 + j + 1];
    }
    if (j < len) {
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
