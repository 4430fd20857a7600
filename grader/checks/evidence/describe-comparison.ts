// Turns a comparison into words: a headline (what is wrong, first thing to fix) and the evidence lines.
import type { Tolerance } from "../../rubric/types.js";
import type { ElementError, NonFiniteCount, ParameterComparison } from "./compare.js";
import { formatError, formatIndex, formatShape, formatValue, listNames, plural } from "./format.js";

/** A comparison in words: one headline and the evidence behind it. */
export interface ComparisonText {
  readonly headline: string;
  readonly details: readonly string[];
}

// Words for a comparison; the headline names the most basic problem (keys, then shapes, then values).
export function describeComparison(c: ParameterComparison, tol: Tolerance): ComparisonText {
  const details: string[] = [];
  const keyLine = describeKeys(c.missing, c.extra);
  if (keyLine !== "") details.push(keyLine);
  for (const u of c.unreadable) details.push(u.problem);
  for (const s of c.shapes) details.push(describeShapeMismatch(s.key, s.expected, s.got));
  for (const d of c.dtypes) details.push(`${d.key} has dtype ${d.got}, expected ${d.expected}`);
  const headline = details[0] ?? (c.worst === null ? "matches" : describeWorstShort(c.worst, c));
  if (c.worst !== null) {
    details.push(`worst element: ${describeElement(c.worst)}`);
    details.push(describeLargestErrors(c.maxAbs, c.maxRel));
    details.push(
      `${c.differing} of ${c.compared} compared elements differ ` +
        `(rule: |got − expected| ≤ ${tol.atol} + ${tol.rtol}·|expected|, NaN never equal)`,
    );
  }
  for (const n of c.nonFinite) details.push(describeNonFinite(n));
  return { headline, details };
}

// "missing W3 and b3; unexpected w3 (keys are case-sensitive: w3 should be W3)".
export function describeKeys(missing: readonly string[], extra: readonly string[]): string {
  const parts: string[] = [];
  if (missing.length > 0) parts.push(`missing ${listNames(missing)}`);
  if (extra.length > 0) parts.push(`unexpected ${listNames(extra)}`);
  const cased = extra.flatMap((k) => {
    const m = missing.find((e) => e.toLowerCase() === k.toLowerCase());
    return m === undefined ? [] : [`${k} should be ${m}`];
  });
  if (cased.length > 0) parts.push(`keys are case-sensitive: ${cased.join(", ")}`);
  return parts.join("; ");
}

// Names the common shape mistakes: a 1-D bias instead of a column, a transposed matrix.
export function describeShapeMismatch(
  key: string,
  expected: readonly number[],
  got: readonly number[],
): string {
  const base = `${key} has shape ${formatShape(got)}, expected ${formatShape(expected)}`;
  if (got.length === 1 && expected.length === 2 && expected[1] === 1 && got[0] === expected[0]) {
    return `${base}: a 1-D array, not a column`;
  }
  if (got.length === 2 && expected.length === 2 && got[0] === expected[1] && got[1] === expected[0]) {
    return `${base}: the transpose`;
  }
  return base;
}

// "W2[0, 1]: expected -0.3374441102, got 0.5 (abs error 0.837, rel error 2.48)".
export function describeElement(e: ElementError): string {
  return (
    `${formatIndex(e.key, e.index)}: expected ${formatValue(e.expected)}, got ${formatValue(e.got)} ` +
    `(abs error ${formatError(e.absError)}, rel error ${formatError(e.relError)})`
  );
}

// "b2 contains 3 NaN values" / "W1 contains 1 inf value and 2 -inf values".
export function describeNonFinite(n: NonFiniteCount): string {
  const parts: string[] = [];
  if (n.nan > 0) parts.push(plural(n.nan, "NaN value"));
  if (n.posInf > 0) parts.push(plural(n.posInf, "inf value"));
  if (n.negInf > 0) parts.push(plural(n.negInf, "-inf value"));
  return `${n.key} contains ${listNames(parts)}`;
}

function describeWorstShort(e: ElementError, c: ParameterComparison): string {
  return (
    `${formatIndex(e.key, e.index)} is ${formatValue(e.got)}, expected ${formatValue(e.expected)} ` +
    `(${c.differing} of ${c.compared} elements differ)`
  );
}

function describeLargestErrors(maxAbs: ElementError | null, maxRel: ElementError | null): string {
  const abs =
    maxAbs === null
      ? "none finite"
      : `${formatError(maxAbs.absError)} at ${formatIndex(maxAbs.key, maxAbs.index)}`;
  const rel =
    maxRel === null
      ? "none finite"
      : `${formatError(maxRel.relError)} at ${formatIndex(maxRel.key, maxRel.index)}`;
  return `largest absolute error ${abs}; largest relative error ${rel}`;
}
