// Scale mistakes with and without the seed, rand against randn, and the near-misses that must not fire.
// An unseeded function is simulated as the grader calls it: every call starts numpy's RNG from the same
// seed (the one in each test's name, printed on failure).
import { describe, expect, it } from "vitest";
import { heFamily, randomFamily } from "../../grader/assignments/initialization/families.js";
import { initializationReferences } from "../../grader/assignments/initialization/references.js";
import { fromReference } from "../../grader/checks/evidence/observed-parameters.js";
import { diagnose, diagnosisCase } from "../../grader/diagnosis/diagnose.js";
import type { InitializerFamily } from "../../grader/diagnosis/initialization/family.js";
import { type Recipe, simulate } from "../../grader/diagnosis/initialization/recipe.js";
import {
  constantScale,
  fanOutScale,
  sqrt2OverNScale,
  xavierScale,
} from "../../grader/diagnosis/initialization/scales.js";
import type { Diagnosis } from "../../grader/diagnosis/types.js";

const TOL = { atol: 1e-10, rtol: 1e-9 };
/** The rubric's hidden diagnosis inputs, and the He public examples (fan-in 2 makes He's std 1). */
const RUBRIC = [
  [4, 3, 2],
  [3, 5, 1],
];
const HE_PUBLIC = [
  [2, 4, 1],
  [3, 1, 2],
];
const SEEDS = [0, 1, 2, 5, 17, 42, 123, 2024];
/** Fewer seeds where each diagnosis weighs 10,000 values. */
const FEW_SEEDS = SEEDS.slice(0, 3);

function diagnoseVariant(reference: "random" | "he", inputs: number[][], change: Partial<Recipe>): Diagnosis {
  const family: InitializerFamily = reference === "he" ? heFamily : randomFamily;
  const entry = initializationReferences.entries[reference];
  const cases = inputs.map((dims) =>
    diagnosisCase(
      dims,
      simulate({ ...family.recipe, ...change }, dims),
      fromReference(entry.compute(dims)),
      TOL,
    ),
  );
  return diagnose(cases, entry.mistakes, TOL);
}

function ids(d: Diagnosis): string[] | string {
  return d.kind === "found" ? d.findings.map((f) => f.id) : d.kind;
}

describe("scale mistakes without the seed", () => {
  it.each([
    ["random", "×1", constantScale(1), ["missing-times-10", "no-seed"]],
    ["random", "×0.1", constantScale(0.1), ["times-0.1", "no-seed"]],
    ["random", "×0.01", constantScale(0.01), ["times-0.01", "no-seed"]],
    ["he", "×0.1", constantScale(0.1), ["times-0.1", "no-seed"]],
    ["he", "×0.01", constantScale(0.01), ["times-0.01", "no-seed"]],
  ] as const)(
    "%s %s is named with the missing seed on the rubric's inputs",
    (reference, _name, scale, named) => {
      for (const seed of SEEDS) {
        expect(ids(diagnoseVariant(reference, RUBRIC, { scale, seed })), `seed ${seed}`).toEqual(named);
      }
    },
  );

  it.each([
    ["×1", constantScale(1), "no-scale"],
    ["Xavier", xavierScale, "xavier-scale"],
    ["fan-out", fanOutScale, "fan-out"],
    ["sqrt(2)/n", sqrt2OverNScale, "sqrt2-over-n"],
  ] as const)("He %s is named with the missing seed once a layer has 50 inputs", (_name, scale, id) => {
    for (const seed of SEEDS) {
      expect(ids(diagnoseVariant("he", [[50, 20, 5]], { scale, seed })), `seed ${seed}`).toEqual([
        id,
        "no-seed",
      ]);
    }
  });

  // 1.02 = sqrt(mean(z²)) of numpy's first 20 seed-0 normals (np.random.seed(0); np.random.randn(20)).
  it("words both findings: the scale from the spread, then the seed", () => {
    const d = diagnoseVariant("random", RUBRIC, { scale: constantScale(0.01), seed: 0 });
    expect(d.kind === "found" && d.findings.map((f) => f.message)).toEqual([
      "the spread of W1 and W2 fits a std of 0.01, not the expected 10 (root mean square 1.02 × 0.01 over 20 draws) — ×0.01 carried over from Course 1. Scale by 10, not 0.01: the small constant of the earlier course is not what this initialization draws.",
      "W1 and W2 are not the seed-3 draws at that scale — a missing or different seed. Call np.random.seed(3) once, before the loop: the expected values are the seed-3 draws.",
    ]);
  });

  it("works a per-layer std out for the layer where the two stds differ most", () => {
    const d = diagnoseVariant("he", [[50, 20, 5]], { scale: constantScale(1), seed: 0 });
    expect(d.kind === "found" && d.findings[0].evidence).toMatch(
      /^the spread of W1 and W2 fits a std of 1, not the expected sqrt\(2\/50\) for W1 of \[50, 20, 5\] \(root mean square [\d.]+ × 1 over 1100 draws\)$/,
    );
  });
});

describe("near-misses that must not be named as a scale mistake", () => {
  it.each([
    ["random", "the rubric's inputs", RUBRIC],
    ["he", "the rubric's inputs", RUBRIC],
    ["he", "fan-in 2, where He's std is 1", HE_PUBLIC],
    ["he", "a 100-input layer", [[100, 100, 1]]],
  ] as const)(
    "%s with the right scale but no seed, on %s, is only the missing seed",
    (reference, _on, inputs) => {
      for (const seed of SEEDS) {
        expect(
          ids(
            diagnoseVariant(
              reference,
              inputs.map((d) => [...d]),
              { seed },
            ),
          ),
          `seed ${seed}`,
        ).toEqual(["no-seed"]);
      }
    },
  );

  it("unseeded ×0.1 and Xavier on a 100-input network (both std 0.1 throughout) name neither", () => {
    for (const seed of FEW_SEEDS) {
      for (const scale of [constantScale(0.1), xavierScale]) {
        const d = diagnoseVariant("he", [[100, 100, 1]], { scale, seed });
        expect(d.kind, `seed ${seed}`).toBe("unknown");
      }
    }
  });

  it("seeded, ×0.1 and Xavier are told apart by the layer where they differ", () => {
    const dims = [[100, 3, 1]];
    expect(ids(diagnoseVariant("he", dims, { scale: constantScale(0.1) }))).toEqual(["times-0.1"]);
    expect(ids(diagnoseVariant("he", dims, { scale: xavierScale }))).toEqual(["xavier-scale"]);
  });

  it("seeded ×0.1 where He's std is also 0.1 (200 inputs) is named on the other layer only", () => {
    const d = diagnoseVariant("he", [[200, 3, 1]], { scale: constantScale(0.1) });
    expect(d.kind === "found" && d.findings.map((f) => [f.id, f.explains.map((r) => r.key)])).toEqual([
      ["times-0.1", ["W2"]],
    ]);
  });
});

describe("rand instead of randn", () => {
  it("is named on seeded rand by its exact values", () => {
    const d = diagnoseVariant("random", RUBRIC, { draw: "rand" });
    expect(d.kind === "found" && d.findings.map((f) => f.evidence)).toEqual([
      "W1 matches np.random.rand(3, 4) * 10",
    ]);
  });

  it.each(SEEDS)("is named on unseeded rand (seed %i) by its signs, over every draw", (seed) => {
    const d = diagnoseVariant("random", RUBRIC, { draw: "rand", seed });
    expect(d.kind === "found" && d.findings.map((f) => [f.id, f.evidence])).toEqual([
      [
        "rand-not-randn",
        "none of the 20 entries of W1 and W2 is negative, where normal draws would make about half of them negative",
      ],
    ]);
  });

  // Seeds 179 and 263 make some whole matrices of randn draws non-negative: the rule that looked only at
  // such matrices named rand on a real randn × 0.01 submission.
  it.each([...SEEDS, 179, 263])("is not named on randn × 0.01 without a seed (seed %i)", (seed) => {
    const d = diagnoseVariant("random", RUBRIC, { scale: constantScale(0.01), seed });
    expect(ids(d)).toEqual(["times-0.01", "no-seed"]);
  });

  it("is not named on non-negative weights that are all equal (np.ones)", () => {
    const d = diagnoseVariant("random", RUBRIC, { draw: "ones" });
    expect(ids(d)).toBe("unknown");
  });
});
