// The line about a step's forward pass: what each layer's units output and the mean output error.
import type { StepDiagnostics } from "../../reference/model/index.js";
import { formatNumber } from "./format.js";

// "a1 = 0 everywhere (1 distinct unit of 10), …; mean(a3 − y) = 0" for one step.
export function forwardText(step: StepDiagnostics, layersDims: readonly number[]): string {
  const depth = step.layers.length;
  const parts = step.layers.map((d) => {
    const values =
      d.activationMin === d.activationMax
        ? `a${d.layer} = ${formatNumber(d.activationMin)} everywhere`
        : `a${d.layer} in [${formatNumber(d.activationMin)}, ${formatNumber(d.activationMax)}]`;
    const units = layersDims[d.layer];
    if (d.layer === depth || units === 1) return values;
    return `${values} (${d.distinctUnits} distinct unit${d.distinctUnits === 1 ? "" : "s"} of ${units})`;
  });
  return `${parts.join(", ")}; mean(a${depth} − y) = ${formatNumber(step.meanOutputError)}`;
}
