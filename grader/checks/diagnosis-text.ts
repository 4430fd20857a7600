// Runs the catalogue on what a check observed: every mistake found, as data, and the evidence lines.
import { diagnose, diagnosisCase } from "../diagnosis/diagnose.js";
import type { Diagnosis, DiagnosisCase } from "../diagnosis/types.js";
import type { FoundMistake } from "../grade/types.js";
import { formatDims, listNames } from "./evidence/format.js";
import { fromReference, type ObservedParameters } from "./evidence/observed-parameters.js";
import type { CheckContext } from "./types.js";

/** A diagnosis as a check keeps it: the mistakes found (all of them) and the evidence lines. */
export interface DiagnosisText {
  readonly diagnosis: Diagnosis;
  /** "a transposed draw", "a bias of shape (n,) and random biases"; empty when nothing was found. */
  readonly titles: string;
  readonly lines: readonly string[];
  /** Every mistake found, in the order the diagnosis picked them. */
  readonly mistakes: readonly FoundMistake[];
}

// Diagnoses the returned parameters of some inputs against ctx's reference and catalogue.
export function diagnoseOutputs(
  ctx: CheckContext,
  outputs: readonly { readonly layersDims: readonly number[]; readonly params: ObservedParameters }[],
): DiagnosisText {
  const cases = outputs.map((o) =>
    diagnosisCase(o.layersDims, o.params, fromReference(ctx.reference(o.layersDims)), ctx.test.tolerance),
  );
  return describeDiagnosis(diagnose(cases, ctx.mistakes, ctx.test.tolerance), cases);
}

// Evidence lines for a diagnosis: each finding's message, then what no catalogued mistake explains.
export function describeDiagnosis(d: Diagnosis, cases: readonly DiagnosisCase[]): DiagnosisText {
  if (d.kind === "matches") return { diagnosis: d, titles: "", lines: [], mistakes: [] };
  const byCase = new Map<number, string[]>();
  for (const r of d.unexplained) byCase.set(r.caseIndex, [...(byCase.get(r.caseIndex) ?? []), r.key]);
  const leftOver = [...byCase].map(
    ([i, keys]) => `${listNames(keys)} for ${formatDims(cases[i].layersDims)}`,
  );
  if (d.kind === "unknown") {
    return {
      diagnosis: d,
      titles: "",
      lines: [`no catalogued mistake explains ${leftOver.join("; ")}`],
      mistakes: [],
    };
  }
  const lines = d.findings.map((f) => f.message);
  if (leftOver.length > 0) lines.push(`no catalogued mistake explains ${leftOver.join("; ")}`);
  return {
    diagnosis: d,
    titles: listNames(d.findings.map((f) => f.title)),
    lines,
    mistakes: d.findings.map((f) => ({ id: f.id, title: f.title, fix: f.fix, evidence: f.evidence })),
  };
}
