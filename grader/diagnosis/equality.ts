// Recognising a mistake by equality: the student's key holds exactly what the mistaken code would return.
import { sameArray } from "../checks/evidence/compare.js";
import type { ObservedParameters } from "../checks/evidence/observed-parameters.js";
import type { Tolerance } from "../rubric/types.js";
import type { DiagnosisCase, KeyRef, Mistake } from "./types.js";

// Whether a key is the same in both outputs: absent from both, or present in both with equal arrays
// (same shape, dtype class and container; values within tolerance of b's).
export function sameEntry(
  a: ObservedParameters,
  b: ObservedParameters,
  key: string,
  tol: Tolerance,
): boolean {
  const inA = a.keys.includes(key);
  const inB = b.keys.includes(key);
  if (!inA || !inB) return inA === inB;
  const x = a.arrays.get(key);
  const y = b.arrays.get(key);
  return x !== undefined && y !== undefined && sameArray(x, y, tol, { strict: true });
}

// A detector that explains each differing key equal to the mistaken output's; `describe` words the
// evidence for the first such key ("W2 matches np.random.randn(5, 4).T * sqrt(2/5)").
export function byEquality(
  produce: Mistake["produce"],
  describe: (layersDims: readonly number[], key: string) => string,
): Mistake["detect"] {
  const producedFor = perCase((c) => produce(c.layersDims));
  return (cases, tol) => {
    const explains: KeyRef[] = [];
    let evidence = "";
    cases.forEach((c, caseIndex) => {
      if (c.differing.length === 0) return;
      const produced = producedFor(c);
      for (const key of c.differing) {
        if (!sameEntry(c.observed, produced, key, tol)) continue;
        if (evidence === "") evidence = describe(c.layersDims, key);
        explains.push({ caseIndex, key });
      }
    });
    return explains.length === 0 ? null : { explains, evidence };
  };
}

// Computes something once per case, e.g. a mistake's output for the case's layers_dims: diagnose() asks
// every detector again after each finding, with the same cases narrowed (their observed output is kept).
export function perCase<T>(compute: (c: DiagnosisCase) => T): (c: DiagnosisCase) => T {
  const cache = new WeakMap<ObservedParameters, T>();
  return (c) => {
    const known = cache.get(c.observed);
    if (known !== undefined) return known;
    const value = compute(c);
    cache.set(c.observed, value);
    return value;
  };
}
