// numpy's pairwise summation (numpy/_core/src/umath/loops_utils.h.src, pairwise_sum_DOUBLE),
// which np.sum, np.nansum and np.sum(axis=1) use along a contiguous axis. Reproducing it makes
// the reference's costs and bias gradients agree with numpy's to the last bit, not just to 1e-16.

/** numpy's PW_BLOCKSIZE: blocks up to this length are summed with 8 unrolled accumulators. */
export const PAIRWISE_BLOCK_SIZE = 128;
/** numpy's unroll factor inside a block (and the granularity of the recursive split). */
export const PAIRWISE_UNROLL = 8;
/** Slots for partial sums: two per level of the split, and n < 2^53 means fewer than 53 levels. */
const SLOTS = 128;

// Partial sums of the recursion live here, not in return values: a double returned from a call
// that is not inlined (a recursive one never is) is boxed, i.e. allocated, on every call. The
// functions below are synchronous and each call uses only its own slots, so sharing is safe.
const partial = new Float64Array(SLOTS);

// Sums data[start .. start+n) in numpy's order into partial[slot].
function pairwiseInto(data: Float64Array, start: number, n: number, slot: number): void {
  if (n < PAIRWISE_UNROLL) {
    let res = 0;
    for (let i = 0; i < n; i++) res += data[start + i];
    partial[slot] = res;
  } else if (n <= PAIRWISE_BLOCK_SIZE) {
    let r0 = data[start];
    let r1 = data[start + 1];
    let r2 = data[start + 2];
    let r3 = data[start + 3];
    let r4 = data[start + 4];
    let r5 = data[start + 5];
    let r6 = data[start + 6];
    let r7 = data[start + 7];
    const blocked = n - (n % PAIRWISE_UNROLL);
    let i = PAIRWISE_UNROLL;
    for (; i < blocked; i += PAIRWISE_UNROLL) {
      const p = start + i;
      r0 += data[p];
      r1 += data[p + 1];
      r2 += data[p + 2];
      r3 += data[p + 3];
      r4 += data[p + 4];
      r5 += data[p + 5];
      r6 += data[p + 6];
      r7 += data[p + 7];
    }
    let res = r0 + r1 + (r2 + r3) + (r4 + r5 + (r6 + r7));
    for (; i < n; i++) res += data[start + i];
    partial[slot] = res;
  } else {
    let half = Math.floor(n / 2);
    half -= half % PAIRWISE_UNROLL;
    pairwiseInto(data, start, half, slot + 1);
    pairwiseInto(data, start + half, n - half, slot + 2);
    partial[slot] = partial[slot + 1] + partial[slot + 2];
  }
}

// numpy's pairwise sum of data[start .. start+n), without the reduction identity.
export function pairwiseSum(data: Float64Array, start: number, n: number): number {
  pairwiseInto(data, start, n, 0);
  return partial[0];
}

// np.add.reduce over a contiguous run: the identity 0 plus numpy's pairwise sum.
export function sumLikeNumpy(data: Float64Array, start: number, n: number): number {
  pairwiseInto(data, start, n, 0);
  return 0 + partial[0];
}

// np.sum(M, axis=1, keepdims=True) for a row-major rows × cols matrix, written into out[0 .. rows).
export function rowSumsInto(data: Float64Array, rows: number, cols: number, out: Float64Array): void {
  for (let i = 0; i < rows; i++) {
    pairwiseInto(data, i * cols, cols, 0);
    out[i] = 0 + partial[0];
  }
}
