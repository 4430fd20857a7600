// The catalogue's vocabulary: a known mistake, the evidence it is matched against, and what was found.
import type { ScaleRule } from "../assignments/registry.js";
import type { ObservedParameters } from "../checks/evidence/observed-parameters.js";
import type { Tolerance } from "../rubric/types.js";

/** One input's evidence: what the student returned, what the reference returns, and which keys differ. */
export interface DiagnosisCase {
  readonly layersDims: readonly number[];
  readonly observed: ObservedParameters;
  readonly expected: ObservedParameters;
  /** Keys still to explain: missing, extra, or different in shape, dtype or value. */
  readonly differing: readonly string[];
}

/** One key of one case, e.g. W2 of the second input. */
export interface KeyRef {
  readonly caseIndex: number;
  readonly key: string;
}

/** A mistake's claim: the keys it accounts for and one sentence of evidence. */
export interface Detection {
  readonly explains: readonly KeyRef[];
  /** e.g. "W2 matches np.random.randn(5, 4).T * sqrt(2/5)". */
  readonly evidence: string;
  /** Other catalogued mistakes the same evidence shows, e.g. the missing seed behind a scale that was
   * recognised by its spread; each becomes a finding of its own over the same keys. */
  readonly alsoFound?: readonly { readonly id: string; readonly evidence: string }[];
}

/** A known mistake: how the mistaken code behaves, how to recognise it, what to change. */
export interface Mistake {
  readonly id: string;
  /** Reads inside a sentence: "a transposed draw". */
  readonly title: string;
  readonly fix: string;
  /** What the mistaken implementation returns for these layer sizes (also used to fabricate test outputs). */
  readonly produce: (layersDims: readonly number[]) => ObservedParameters;
  /** Which differing keys this mistake accounts for, or null. Pure. */
  readonly detect: (cases: readonly DiagnosisCase[], tol: Tolerance) => Detection | null;
  /** Statistical evidence only: consulted for keys that no equality-based mistake explains. */
  readonly fallback: boolean;
  /** True when the weights come from the right distribution and only which draws land where differs
   * (seed, order, transposition): value tests charge it; training tests, which judge the scale, do not. */
  readonly sameDistribution?: boolean;
  /** For mistakes of scale alone: the std this mistake draws W_l with, so the statistics check can name it. */
  readonly weightStd?: ScaleRule;
}

/** A mistake that was found, with its evidence and the full sentence shown to the student. */
export interface Finding {
  readonly id: string;
  readonly title: string;
  readonly fix: string;
  readonly evidence: string;
  /** "<evidence> — <title>. <fix>" */
  readonly message: string;
  readonly explains: readonly KeyRef[];
}

/** The outcome of matching an output against the catalogue. */
export type Diagnosis =
  | { readonly kind: "matches" }
  | { readonly kind: "found"; readonly findings: readonly Finding[]; readonly unexplained: readonly KeyRef[] }
  | { readonly kind: "unknown"; readonly unexplained: readonly KeyRef[] };
