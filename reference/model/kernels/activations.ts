// Elementwise activations and their derivatives, as the course's init_utils.py writes them:
// relu = np.maximum(0, x), sigmoid = 1 / (1 + np.exp(-x)), np.tanh; derivatives in terms of the
// activation a = g(z): relu' = np.int64(a > 0), tanh' = 1 − a², sigmoid' = a(1 − a).
import type { HiddenActivation } from "../types.js";

/** Small integer codes so the hot loops branch once per layer, not once per element. */
export const RELU = 0;
export const TANH = 1;
export const SIGMOID = 2;
export type ActivationCode = typeof RELU | typeof TANH | typeof SIGMOID;

const CODES: Record<HiddenActivation, ActivationCode> = { relu: RELU, tanh: TANH, sigmoid: SIGMOID };

// The integer code of a hidden activation name.
export function activationCode(name: HiddenActivation): ActivationCode {
  return CODES[name];
}

// a[i] = g(z[i]) for i in [0, len); z and a may be the same array.
export function activateInto(z: Float64Array, a: Float64Array, len: number, code: ActivationCode): void {
  if (code === RELU) {
    // np.maximum(0, x): NaN propagates, as with Math.max.
    for (let i = 0; i < len; i++) a[i] = Math.max(0, z[i]);
  } else if (code === TANH) {
    for (let i = 0; i < len; i++) a[i] = Math.tanh(z[i]);
  } else {
    for (let i = 0; i < len; i++) a[i] = 1 / (1 + Math.exp(-z[i]));
  }
}

// dz[i] = da[i] · g′ written from a[i] = g(z[i]), in place: np.multiply(da, g′(a)).
export function multiplyByDerivative(
  dz: Float64Array,
  a: Float64Array,
  len: number,
  code: ActivationCode,
): void {
  if (code === RELU) {
    for (let i = 0; i < len; i++) dz[i] = dz[i] * (a[i] > 0 ? 1 : 0);
  } else if (code === TANH) {
    for (let i = 0; i < len; i++) {
      const ai = a[i];
      dz[i] = dz[i] * (1 - ai * ai);
    }
  } else {
    for (let i = 0; i < len; i++) {
      const ai = a[i];
      dz[i] = dz[i] * (ai * (1 - ai));
    }
  }
}
