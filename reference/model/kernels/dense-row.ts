// The last, unpaired output row of denseInto (kernels/dense.ts), four columns at a time.
import { type Epilogue, finish, RELU, RELU_GRADIENT } from "./epilogue.js";

const TILE_COLS = 4;

// Row i of out = epilogue(a[i, :] · b + bias[i]). (The bias comes as the array, not the number:
// a double argument to a call that is not inlined would be boxed, an allocation per call.)
export function denseRowInto(
  a: Float64Array,
  i: number,
  inner: number,
  b: Float64Array,
  cols: number,
  bias: Float64Array | null,
  epilogue: Epilogue,
  mask: Float64Array,
  out: Float64Array,
): void {
  const relu = epilogue === RELU;
  const reluGradient = epilogue === RELU_GRADIENT;
  const a0 = i * inner;
  const c = bias === null ? 0 : bias[i];
  let j = 0;
  for (; j + TILE_COLS <= cols; j += TILE_COLS) {
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
    const p0 = i * cols + j;
    if (relu) {
      out[p0] = Math.max(0, s0 + c);
      out[p0 + 1] = Math.max(0, s1 + c);
      out[p0 + 2] = Math.max(0, s2 + c);
      out[p0 + 3] = Math.max(0, s3 + c);
    } else if (reluGradient) {
      out[p0] = (s0 + c) * (mask[p0] > 0 ? 1 : 0);
      out[p0 + 1] = (s1 + c) * (mask[p0 + 1] > 0 ? 1 : 0);
      out[p0 + 2] = (s2 + c) * (mask[p0 + 2] > 0 ? 1 : 0);
      out[p0 + 3] = (s3 + c) * (mask[p0 + 3] > 0 ? 1 : 0);
    } else {
      out[p0] = s0 + c;
      out[p0 + 1] = s1 + c;
      out[p0 + 2] = s2 + c;
      out[p0 + 3] = s3 + c;
    }
  }
  for (; j < cols; j++) {
    let s = 0;
    for (let k = 0, p = j; k < inner; k++, p += cols) s += a[a0 + k] * b[p];
    const p0 = i * cols + j;
    out[p0] = finish(s + c, epilogue, mask, p0);
  }
}
