// Each catalogued mistake, fabricated by its own produce(), is named by the diagnosis with its exact message.
import { describe, expect, it } from "vitest";
import { initializationReferences } from "../../grader/assignments/initialization/references.js";
import { fromReference } from "../../grader/checks/evidence/observed-parameters.js";
import { diagnose, diagnosisCase } from "../../grader/diagnosis/diagnose.js";
import type { Diagnosis } from "../../grader/diagnosis/types.js";
import expectations from "../fixtures/checks/catalogue-messages.json" with { type: "json" };

const TOL = { atol: 1e-10, rtol: 1e-9 };

/** The inputs each function is diagnosed on: the course's public ones and a hidden one. */
const INPUTS: Readonly<Record<string, number[][]>> = {
  zeros: [
    [3, 2, 1],
    [4, 5, 3],
  ],
  random: [
    [3, 2, 1],
    [4, 5, 3],
  ],
  he: [
    [2, 4, 1],
    [3, 1, 2],
    [4, 5, 3],
  ],
};

function diagnoseProduced(reference: string, mistakeId: string): Diagnosis {
  const entry = initializationReferences.entries[reference];
  const mistake = entry.mistakes.find((m) => m.id === mistakeId);
  if (mistake === undefined) throw new Error(`no mistake ${mistakeId} for ${reference}`);
  const cases = INPUTS[reference].map((dims) =>
    diagnosisCase(dims, mistake.produce(dims), fromReference(entry.compute(dims)), TOL),
  );
  return diagnose(cases, entry.mistakes, TOL);
}

describe("the initialization catalogue", () => {
  it("has an expectation for every mistake of every function, and no other", () => {
    const listed = expectations.map((e) => `${e.reference}/${e.id}`).sort();
    // A scale mistake is catalogued twice (exact and by spread): one expectation covers its exact form.
    const catalogued = [
      ...new Set(
        Object.entries(initializationReferences.entries).flatMap(([name, entry]) =>
          entry.mistakes.map((m) => `${name}/${m.id}`),
        ),
      ),
    ].sort();
    expect(listed).toEqual(catalogued);
  });

  it.each(expectations)("names $reference/$id alone, with its message", ({ reference, id, message }) => {
    const d = diagnoseProduced(reference, id);
    expect(d.kind).toBe("found");
    if (d.kind !== "found") return;
    expect(d.findings.map((f) => f.id)).toEqual([id]);
    expect(d.findings[0].message).toBe(message);
    expect(d.unexplained).toEqual([]);
  });
});
