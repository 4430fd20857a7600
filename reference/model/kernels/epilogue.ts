// What the dense kernels (dense.ts, dense-row.ts) do to each output value before storing it.

/** Store the value as it is. */
export const NONE = 0;
/** Store max(0, value): the forward ReLU, np.maximum(0, z) (NaN propagates, as there). */
export const RELU = 1;
/** Store value · [mask > 0]: the backward ReLU derivative np.int64(a > 0), from the activations. */
export const RELU_GRADIENT = 2;
export type Epilogue = typeof NONE | typeof RELU | typeof RELU_GRADIENT;

// The epilogue of one value at position p (remainder loops; the tiles spell it out inline).
export function finish(value: number, epilogue: Epilogue, mask: Float64Array, p: number): number {
  if (epilogue === RELU) return Math.max(0, value);
  if (epilogue === RELU_GRADIENT) return value * (mask[p] > 0 ? 1 : 0);
  return value;
}
