// Matches a student's outputs against a catalogue of known mistakes and names the ones that explain them.
import { compareParameters } from "../checks/evidence/compare.js";
import type { ObservedParameters } from "../checks/evidence/observed-parameters.js";
import type { Tolerance } from "../rubric/types.js";
import type { Detection, Diagnosis, DiagnosisCase, Finding, KeyRef, Mistake } from "./types.js";

// Builds one case: the keys that differ are compared strictly (dtype and container count).
export function diagnosisCase(
  layersDims: readonly number[],
  observed: ObservedParameters,
  expected: ObservedParameters,
  tol: Tolerance,
): DiagnosisCase {
  const differing = compareParameters(expected, observed, tol, { strict: true }).differingKeys;
  return { layersDims, observed, expected, differing };
}

// The sentence a student reads: "<evidence> — <title>. <fix>".
export function findingMessage(evidence: string, m: Pick<Mistake, "title" | "fix">): string {
  return `${evidence} — ${m.title}. ${m.fix}`;
}

// Explains every differing key with as few mistakes as possible: each round picks the mistake that explains
// the most keys still unexplained (ties go to the earlier one in the catalogue); statistical (fallback)
// mistakes are only consulted for what equality-based ones leave over. A detection may name further
// mistakes its evidence shows (a scale known by its spread also shows a missing seed): all are kept.
export function diagnose(
  cases: readonly DiagnosisCase[],
  catalogue: readonly Mistake[],
  tol: Tolerance,
): Diagnosis {
  let remaining = new Set(cases.flatMap((c, i) => c.differing.map((key) => refId({ caseIndex: i, key }))));
  if (remaining.size === 0) return { kind: "matches" };
  const findings: Finding[] = [];
  const used = new Set<string>();
  for (const tier of [catalogue.filter((m) => !m.fallback), catalogue.filter((m) => m.fallback)]) {
    for (;;) {
      const narrowed = narrow(cases, remaining);
      let best: { mistake: Mistake; detection: Detection; gain: KeyRef[] } | undefined;
      for (const mistake of tier) {
        if (used.has(mistake.id)) continue;
        const detection = mistake.detect(narrowed, tol);
        const gain = detection?.explains.filter((r) => remaining.has(refId(r))) ?? [];
        if (detection !== null && gain.length > (best?.gain.length ?? 0)) best = { mistake, detection, gain };
      }
      if (best === undefined) break;
      const { mistake, detection, gain } = best;
      used.add(mistake.id);
      findings.push(finding(mistake, detection.evidence, gain));
      for (const also of detection.alsoFound ?? []) {
        const other = catalogue.find((m) => m.id === also.id);
        if (other === undefined || used.has(other.id)) continue;
        used.add(other.id);
        findings.push(finding(other, also.evidence, gain));
      }
      const explained = new Set(gain.map(refId));
      remaining = new Set([...remaining].filter((r) => !explained.has(r)));
      if (remaining.size === 0) break;
    }
  }
  const unexplained = [...remaining].map(parseRef);
  return findings.length === 0 ? { kind: "unknown", unexplained } : { kind: "found", findings, unexplained };
}

function finding(mistake: Mistake, evidence: string, explains: readonly KeyRef[]): Finding {
  const { id, title, fix } = mistake;
  return { id, title, fix, evidence, message: findingMessage(evidence, mistake), explains };
}

// The cases with only the still-unexplained keys marked as differing.
function narrow(cases: readonly DiagnosisCase[], remaining: ReadonlySet<string>): DiagnosisCase[] {
  return cases.map((c, i) => ({
    ...c,
    differing: c.differing.filter((key) => remaining.has(refId({ caseIndex: i, key }))),
  }));
}

function refId(r: KeyRef): string {
  return `${r.caseIndex}:${r.key}`;
}

function parseRef(id: string): KeyRef {
  const colon = id.indexOf(":");
  return { caseIndex: Number(id.slice(0, colon)), key: id.slice(colon + 1) };
}
