// Public entry of nn-grader/reference: numpy-compatible numerics with no I/O.
export * from "./linalg/matrix.js";
