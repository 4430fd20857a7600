// Runs the catalogue on what a check observed and words the result for the check's summary and details.
import { diagnose, diagnosisCase } from "../diagnosis/diagnose.js";
import type { Diagnosis, DiagnosisCase } from "../diagnosis/types.js";
import { formatDims, listNames } from "./evidence/format.js";
import { fromReference, type ObservedParameters } from "./evidence/observed-parameters.js";
import type { CheckContext, DiagnosisSummary } from "./types.js";

/** A diagnosis in words: titles for a summary, messages as evidence, the main finding as data. */
export interface DiagnosisText {
  readonly diagnosis: Diagnosis;
  /** "a transposed draw", "a bias of shape (n,) and random biases"; empty when nothing was found. */
  readonly titles: string;
  readonly lines: readonly string[];
  readonly finding?: DiagnosisSummary;
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

// Words for a diagnosis: each finding's message, then what no catalogued mistake explains.
export function describeDiagnosis(d: Diagnosis, cases: readonly DiagnosisCase[]): DiagnosisText {
  if (d.kind === "matches") return { diagnosis: d, titles: "", lines: [] };
  const byCase = new Map<number, string[]>();
  for (const r of d.unexplained) byCase.set(r.caseIndex, [...(byCase.get(r.caseIndex) ?? []), r.key]);
  const leftOver = [...byCase].map(
    ([i, keys]) => `${listNames(keys)} for ${formatDims(cases[i].layersDims)}`,
  );
  if (d.kind === "unknown") {
    return { diagnosis: d, titles: "", lines: [`no catalogued mistake explains ${leftOver.join("; ")}`] };
  }
  const lines = d.findings.map((f) => f.message);
  if (leftOver.length > 0) lines.push(`no catalogued mistake explains ${leftOver.join("; ")}`);
  const [first] = d.findings;
  return {
    diagnosis: d,
    titles: listNames(d.findings.map((f) => f.title)),
    lines,
    finding: { id: first.id, title: first.title, fix: first.fix },
  };
}
