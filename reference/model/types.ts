// Plain types shared by the reference model: parameters, gradients and the hidden activation.
import type { Matrix } from "../linalg/matrix.js";

/** Network parameters keyed W1, b1, …, WL, bL: W_l is (n_l, n_{l−1}), b_l is (n_l, 1). */
export type Parameters = Record<string, Matrix>;

/** Gradients keyed dW1, db1, …, dWL, dbL, shaped like the parameters they belong to. */
export type Gradients = Record<string, Matrix>;

/** Activation of every hidden layer; the output layer is always a sigmoid. */
export type HiddenActivation = "relu" | "tanh" | "sigmoid";

/** Every hidden activation the model supports, in a stable order (for generators and messages). */
export const HIDDEN_ACTIVATIONS: readonly HiddenActivation[] = ["relu", "tanh", "sigmoid"];
