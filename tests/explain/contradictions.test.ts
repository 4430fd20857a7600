// Each contradiction the old feedback made, built as the result that caused it, and shown to be gone.
import { describe, expect, it } from "vitest";
import { explainResult, feedbackIsTrue } from "../../grader/explain/explain.js";
import { roundNumbersInText } from "../../grader/explain/numbers.js";
import type { GradeResult, TestResult } from "../../grader/grade/types.js";
import { renderTerminal } from "../../grader/report/terminal.js";
import { CORRECT, testResult } from "../report/fixtures.js";

const HE = "initialize_parameters_he";
const ZEROS = "initialize_parameters_zeros";
const NO_SEED = {
  id: "no-seed",
  title: "a missing or different seed",
  fix: "Call np.random.seed(3) once, before the loop.",
  evidence: "W1 and W2 are not the seed-3 draws, but their spread fits the expected scale",
};
const LIST_CALL = { layersDims: [2, 10, 5, 1], status: "not-parameters" as const, what: "a list" };

function result(tests: readonly TestResult[], language: GradeResult["language"] = "python"): GradeResult {
  return { ...CORRECT, kind: "graded", language, tests };
}

function text(r: GradeResult, details = false): string {
  return renderTerminal(r, { color: false, heading: "grader check", details });
}

describe("contradictions the feedback no longer makes", () => {
  it("a function that returned a list is not told, under the zeros training test, that training moved a weight", () => {
    const training = testResult({
      id: "zeros.training",
      name: `${ZEROS}: no weight moves when the model is trained from zeros`,
      kind: "training",
      status: "failed",
      score: 0,
      maxScore: 2,
      feedback:
        "Started from all zeros, no weight can ever change; here one did, so some parameter you returned is not 0.",
      cause: { kind: "call", call: LIST_CALL },
    });
    expect(feedbackIsTrue(training)).toBe(false);
    const out = text(result([training]), true);
    expect(out).not.toContain("here one did");
    expect(out).toContain("initialize_parameters_zeros([2, 10, 5, 1]) returned a list, not a dict of arrays");
  });

  it("a missing seed is not told its scale is right in one test and to compare its spread in the next", () => {
    const values = testResult({
      id: "he.values.public",
      name: `${HE}: values for the course's example input`,
      status: "failed",
      score: 0,
      maxScore: 2,
      cause: { kind: "mistakes", mistakes: [NO_SEED] },
      mistakes: [NO_SEED],
    });
    const training = testResult({
      id: "he.training",
      name: `${HE}: training from He weights reaches high accuracy`,
      kind: "training",
      maxScore: 2,
      score: 2,
      notJudged: NO_SEED.title,
      feedback:
        "Lower accuracy usually means a different scale: compare the spread of your W_l with sqrt(2 / n_{l-1}).",
    });
    const diagnosis = testResult({
      id: "he.diagnosis",
      name: `${HE}: no known mistake in the output`,
      kind: "diagnosis",
      visibility: "hidden",
      status: "failed",
      score: 0,
      feedback: "The mistake found is named above together with the evidence for it.",
      cause: {
        kind: "unexplained",
        layersDims: [4, 3],
        keys: ["W1"],
        difference: "W1[0, 0] is 1.2, expected 0.5",
      },
    });
    const out = text(result([values, training, diagnosis]), true);
    expect(out).not.toContain("compare the spread");
    expect(out).not.toContain("The mistake found is named above");
    expect(out).toContain("not judged");
    // The training test keeps its points: the seed is charged by the value test only.
    expect(training.score).toBe(training.maxScore);
    expect(out.toLowerCase().split("a missing or different seed")).toHaveLength(2);
  });

  it("a Python student is shown a Python call, a TypeScript student a TypeScript call, and no fast-check replay", () => {
    const property = testResult({
      id: "he.property",
      name: `${HE}: matches the reference on generated layer sizes`,
      kind: "property",
      status: "failed",
      score: 0,
      maxScore: 2,
      cause: {
        kind: "unexplained",
        layersDims: [1, 2],
        keys: ["W1"],
        difference: "W1[0, 0] is 3, expected 1",
      },
      counterexample: { layersDims: [1, 2], seed: 1618, path: "0:0:0:0", runs: 3, shrinks: 4 },
    });
    const py = text(result([property]));
    expect(py).toContain("smallest failing input: initialize_parameters_he([1, 2])");
    expect(py).not.toMatch(/fc\.assert|fast-check|1618/);
    const ts = text(result([property], "typescript"));
    expect(ts).toContain("smallest failing input: initializeParametersHe([1, 2])");
    // The seed stays available to instructors.
    expect(text(result([property]), true)).toContain('fast-check seed 1618, path "0:0:0:0"');
  });

  it("when nothing catalogued explains the output, it says what is known and never that a mistake was named", () => {
    const diagnosis = testResult({
      id: "he.diagnosis",
      name: `${HE}: no known mistake in the output`,
      kind: "diagnosis",
      status: "failed",
      score: 0,
      feedback: "The mistake found is named above together with the evidence for it.",
      cause: {
        kind: "unexplained",
        layersDims: [2, 4, 1],
        keys: ["W1"],
        difference: "W1[1, 1] is -5.59, expected -1.863",
      },
    });
    const [story] = explainResult(result([diagnosis]));
    expect(story.causes).toEqual([]);
    expect(story.tests[0].line).toBe(
      "differs for initialize_parameters_he([2, 4, 1]): W1[1, 1] is -5.59, expected -1.863; no catalogued mistake explains it",
    );
    expect(text(result([diagnosis]), true)).not.toContain("named above");
  });

  it("check ends with the hidden tests' count and points", () => {
    const out = text({ ...result(CORRECT.tests), withheld: { tests: 11, points: 20 } });
    expect(out).toContain("11 hidden tests, 20 points, run at grading.\nTotal:");
  });

  it("one root cause is said once, however many tests it fails", () => {
    const raised = (id: string) =>
      testResult({
        id,
        name: `${HE}: ${id}`,
        status: "failed",
        score: 0,
        cause: {
          kind: "call",
          call: {
            layersDims: [2, 4, 1],
            status: "raised",
            what: "NameError",
            message: "name 'np' is not defined",
            line: 3,
          },
        },
      });
    const out = text(result(["a", "b", "c", "d", "e"].map(raised)));
    expect(out.split("NameError")).toHaveLength(2);
    // Every test of the function failed for that one reason: a single line says so for all five.
    expect(out.split("fails for the reason above")).toHaveLength(2);
    expect(out).toContain("✗ all 5 tests  0/5: fails for the reason above");
  });

  it("rounds numbers in text to 4 significant digits", () => {
    expect(
      roundNumbersInText("train accuracy 0.7233333333333334, W1[1, 1] is 2.240893199, lr 0.01, seed 12345"),
    ).toBe("train accuracy 0.7233, W1[1, 1] is 2.241, lr 0.01, seed 12345");
  });
});
