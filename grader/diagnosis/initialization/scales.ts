// The weight scales of the assignment and of its common mistakes, each with the formula a student wrote.
import type { ScaleRule } from "../../assignments/registry.js";

// He: sqrt(2 / n_{l−1}), the fan-in of layer l (He et al. 2015).
export const heScale: ScaleRule = (dims, l) => {
  const prev = dims.at(l - 1) as number;
  return { value: Math.sqrt(2 / prev), formula: `sqrt(2/${prev})` };
};

// The fan-out mistake: sqrt(2 / n_l).
export const fanOutScale: ScaleRule = (dims, l) => {
  const n = dims.at(l) as number;
  return { value: Math.sqrt(2 / n), formula: `sqrt(2/${n})` };
};

// Xavier/Glorot's sqrt(1 / n_{l−1}).
export const xavierScale: ScaleRule = (dims, l) => {
  const prev = dims.at(l - 1) as number;
  return { value: Math.sqrt(1 / prev), formula: `sqrt(1/${prev})` };
};

// The misplaced root: sqrt(2) / n_{l−1}.
export const sqrt2OverNScale: ScaleRule = (dims, l) => {
  const prev = dims.at(l - 1) as number;
  return { value: Math.SQRT2 / prev, formula: `sqrt(2)/${prev}` };
};

// A fixed factor, e.g. 10 for the large random initialization, 0.01 from Course 1, 1 for none.
export function constantScale(value: number): ScaleRule {
  return () => ({ value, formula: String(value) });
}
