// Hand-built wrong outputs beyond each mistake's own produce(): other spellings, combinations, the unknown.
import { describe, expect, it } from "vitest";
import { heFamily, randomFamily, zerosFamily } from "../../grader/assignments/initialization/families.js";
import { initializationReferences } from "../../grader/assignments/initialization/references.js";
import { describeDiagnosis } from "../../grader/checks/diagnosis-text.js";
import {
  fromReference,
  type ObservedParameters,
  observedFrom,
} from "../../grader/checks/evidence/observed-parameters.js";
import { diagnose, diagnosisCase } from "../../grader/diagnosis/diagnose.js";
import { simulate } from "../../grader/diagnosis/initialization/recipe.js";
import { constantScale } from "../../grader/diagnosis/initialization/scales.js";
import type { Diagnosis } from "../../grader/diagnosis/types.js";
import { RandomState } from "../../reference/random/random-state.js";

const TOL = { atol: 1e-10, rtol: 1e-9 };

function run(
  reference: string,
  inputs: number[][],
  student: (dims: number[]) => ObservedParameters,
): Diagnosis {
  const entry = initializationReferences.entries[reference];
  const cases = inputs.map((dims) =>
    diagnosisCase(dims, student(dims), fromReference(entry.compute(dims)), TOL),
  );
  return diagnose(cases, entry.mistakes, TOL);
}

function messages(d: Diagnosis): string[] {
  return d.kind === "found" ? d.findings.map((f) => f.message) : [];
}

function renamed(params: ObservedParameters, rename: (key: string) => string): ObservedParameters {
  return observedFrom(params.keys.map((k) => [rename(k), params.arrays.get(k) ?? fail(k)] as const));
}

function fail(what: string): never {
  throw new Error(`missing ${what}`);
}

describe("diagnosis of hand-built outputs", () => {
  it("names a transposed draw on W2 when W1 hides it (a 1-wide input layer)", () => {
    const d = run("he", [[1, 5, 4]], (dims) =>
      simulate({ ...heFamily.recipe, layout: "transposed-draw" }, dims),
    );
    expect(messages(d)).toEqual([
      "W2 matches np.random.randn(5, 4).T * sqrt(2/5) — a transposed draw. Draw randn(n_l, n_{l−1}) directly: the draws fill W row by row, so the transpose puts them in different places.",
    ]);
  });

  it.each([
    ["W_1", (k: string) => k.replace(/(\d+)$/, "_$1"), "the keys are 'W_1', 'b_1', 'W_2' and 'b_2'"],
    [
      "weights1",
      (k: string) => k.replace(/^W/, "weights").replace(/^b/, "bias"),
      "the keys are 'weights1', 'bias1', 'weights2' and 'bias2'",
    ],
  ])("names %s-style keys", (_style, rename, evidence) => {
    const d = run("random", [[3, 2, 1]], (dims) => renamed(simulate(randomFamily.recipe, dims), rename));
    expect(d.kind === "found" && d.findings.map((f) => [f.id, f.evidence])).toEqual([
      ["key-names", `${evidence}; expected 'W1', 'b1', 'W2' and 'b2'`],
    ]);
  });

  it("names integer keys", () => {
    const d = run("random", [[3, 2, 1]], (dims) => {
      const right = simulate(randomFamily.recipe, dims);
      return observedFrom([
        ["1", right.arrays.get("W1") ?? fail("W1")],
        ["2", right.arrays.get("W2") ?? fail("W2")],
      ]);
    });
    expect(d.kind === "found" && d.findings.map((f) => [f.id, f.evidence])).toEqual([
      ["key-names", "the keys are 1 and 2; expected 'W1', 'b1', 'W2' and 'b2'"],
    ]);
  });

  it("names a zeros function that returns random weights", () => {
    const d = run("zeros", [[3, 2, 1]], (dims) => simulate(randomFamily.recipe, dims));
    expect(d.kind === "found" && d.findings.map((f) => [f.id, f.evidence])).toEqual([
      ["zeros-not-zero", "W1 has 6 non-zero entries of 6"],
    ]);
  });

  it("finds W at an offset when b is drawn (and zeroed) before W in each layer", () => {
    // b_l = np.random.randn(n_l, 1) * 0, then W_l = randn(n_l, n_{l−1}) * sqrt(2/n_{l−1}): 4 draws before W1.
    const d = run("he", [[2, 4, 1]], () => {
      const rng = new RandomState(3);
      rng.randn(4, 1);
      const w1 = rng.randn(4, 2).map((x) => x * Math.sqrt(2 / 2));
      rng.randn(1, 1);
      const w2 = rng.randn(1, 4).map((x) => x * Math.sqrt(2 / 4));
      const f = (shape: number[], data: Float64Array) => ({
        shape,
        dtype: "float64",
        container: "ndarray" as const,
        data,
      });
      return observedFrom([
        ["W1", f([4, 2], w1)],
        ["b1", f([4, 1], new Float64Array(4))],
        ["W2", f([1, 4], w2)],
        ["b2", f([1, 1], new Float64Array(1))],
      ]);
    });
    expect(
      d.kind === "found" && d.findings.map((f) => [f.id, f.evidence, f.explains.map((r) => r.key)]),
    ).toEqual([
      [
        "extra-draws",
        "W1 is the seed-3 normal stream from draw 4 on, expected from draw 0 (4 extra draws before it)",
        ["W1", "W2"],
      ],
    ]);
  });

  it("names two mistakes at once: fan-out scale and 1-D biases", () => {
    const d = run("he", [[2, 4, 1]], (dims) =>
      simulate(
        {
          ...heFamily.recipe,
          biasShape: "flat",
          scale: (ds, l) => ({ value: Math.sqrt(2 / ds[l]), formula: "" }),
        },
        dims,
      ),
    );
    expect(d.kind === "found" && d.findings.map((f) => [f.id, f.explains.map((r) => r.key)])).toEqual([
      ["fan-out", ["W1", "W2"]],
      ["bias-1d", ["b1", "b2"]],
    ]);
  });

  it("keeps both mistakes of one output: W stored transposed and random biases", () => {
    const d = run("random", [[3, 2, 1]], (dims) =>
      simulate({ ...randomFamily.recipe, layout: "stored-transposed", bias: "randn" }, dims),
    );
    expect(d.kind === "found" && d.findings.map((f) => [f.id, f.explains.map((r) => r.key)])).toEqual([
      ["random-biases", ["b1", "b2"]],
      ["w-transposed", ["W1", "W2"]],
    ]);
  });

  it("names a hard-coded layer count that the public example hides", () => {
    const d = run(
      "random",
      [
        [3, 2, 1],
        [4, 5, 3, 2],
      ],
      (dims) => simulate({ ...randomFamily.recipe, loop: { first: 1, dropLast: dims.length > 3 } }, dims),
    );
    expect(d.kind === "found" && d.findings.map((f) => [f.id, f.evidence])).toEqual([
      [
        "hard-coded-sizes",
        "for [4, 5, 3, 2] the output has 2 layers, as for the course's example [3, 2, 1], instead of 3",
      ],
    ]);
  });

  it("says no catalogued mistake explains a scale of 3, and which keys are unexplained", () => {
    const entry = initializationReferences.entries.he;
    const dims = [2, 4, 1];
    const cases = [
      diagnosisCase(
        dims,
        simulate({ ...heFamily.recipe, scale: constantScale(3) }, dims),
        fromReference(entry.compute(dims)),
        TOL,
      ),
    ];
    const d = diagnose(cases, entry.mistakes, TOL);
    expect(d).toEqual({
      kind: "unknown",
      unexplained: [
        { caseIndex: 0, key: "W1" },
        { caseIndex: 0, key: "W2" },
      ],
    });
    expect(describeDiagnosis(d, cases).lines).toEqual([
      "no catalogued mistake explains W1 and W2 for [2, 4, 1]",
    ]);
  });

  it("finds nothing to name in a correct output", () => {
    expect(run("zeros", [[3, 2, 1]], (dims) => simulate(zerosFamily.recipe, dims))).toEqual({
      kind: "matches",
    });
  });
});
