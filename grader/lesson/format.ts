// How the lesson writes numbers and classified gradients.
import type { QuantityVerdict } from "./types.js";

// A number in 4 significant digits, in exponent form when very small or large; 0 as "0".
export function formatNumber(x: number): string {
  if (x === 0) return "0";
  if (!Number.isFinite(x)) return String(x);
  const a = Math.abs(x);
  return a >= 1e-3 && a < 1e4 ? String(Number(x.toPrecision(4))) : x.toExponential(2);
}

// A cost as Python prints it: inf, nan or the shortest round-trip decimal.
export function formatCost(cost: number): string {
  if (Number.isNaN(cost)) return "nan";
  if (cost === Number.POSITIVE_INFINITY) return "inf";
  return String(cost);
}

// "dW1 = 0", "db3 ≈ 0 (rounding residue 2.60e-18)" or "‖dW3‖ = 0.2249": a residue is never named a gradient.
export function formatQuantity(q: QuantityVerdict): string {
  switch (q.kind) {
    case "zero":
      return `${q.name} = 0`;
    case "rounding":
      return `${q.name} ≈ 0 (rounding residue ${formatNumber(q.norm)})`;
    case "real":
      return `‖${q.name}‖ = ${formatNumber(q.norm)}`;
  }
}
