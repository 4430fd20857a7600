// The class page's lists come from the result model: mistakes from every failed test's catalogue findings,
// time-outs and crashes from the failed call's status, load failures from the result's kind.
import { describe, expect, it } from "vitest";
import type { GradeResult, TestResult } from "../../../grader/grade/types.js";
import { classData } from "../../../grader/report/class-page/class-data.js";
import { CORRECT, testResult } from "../fixtures.js";

const HE = "initialize_parameters_he";

function failed(id: string, change: Partial<TestResult>): TestResult {
  return testResult({ id, name: `${HE}: ${id}`, status: "failed", score: 0, ...change });
}

function graded(tests: readonly TestResult[]): GradeResult {
  return { ...CORRECT, tests };
}

const TRANSPOSED = {
  id: "transposed-draw",
  title: "a transposed draw",
  fix: "draw (n_l, n_{l-1})",
  evidence: "W1",
};
const NO_SEED = { id: "no-seed", title: "a missing or different seed", fix: "seed once", evidence: "W2" };

describe("class page data", () => {
  it("counts each catalogued mistake once per student, with every mistake a test found", () => {
    const data = classData([
      {
        kind: "graded",
        student: "ann",
        page: "students/ann.html",
        result: graded([
          failed("he.values.public", { mistakes: [TRANSPOSED, NO_SEED] }),
          failed("he.values.hidden", { mistakes: [TRANSPOSED] }),
        ]),
      },
      {
        kind: "graded",
        student: "bob",
        page: "students/bob.html",
        result: graded([failed("he.values.public", { mistakes: [NO_SEED] })]),
      },
    ]);
    expect(data.mistakes.map((m) => [m.id, m.title, m.students.map((s) => s.student)])).toEqual([
      ["no-seed", "a missing or different seed", ["ann", "bob"]],
      ["transposed-draw", "a transposed draw", ["ann"]],
    ]);
  });

  it("lists time-outs and crashes by the failed call's status, not by any wording", () => {
    const call = (status: "timeout" | "crashed") => ({
      kind: "call" as const,
      call: { layersDims: [2, 4, 1], status },
    });
    const data = classData([
      {
        kind: "graded",
        student: "cat",
        page: "students/cat.html",
        result: graded([
          failed("he.values.public", { cause: call("timeout"), summary: "crashed the process running it" }),
          testResult({
            id: "zeros.values.public",
            name: "initialize_parameters_zeros: values",
            status: "failed",
            score: 0,
            cause: call("crashed"),
            summary: "timed out after 2000 ms",
          }),
        ]),
      },
    ]);
    expect(data.timeouts).toEqual([{ student: data.students[0], note: HE }]);
    expect(data.crashes).toEqual([{ student: data.students[0], note: "initialize_parameters_zeros" }]);
  });

  it("lists a file that did not load with the first line of its reason, and an infrastructure error apart", () => {
    const notLoaded: GradeResult = {
      ...CORRECT,
      kind: "not-loaded",
      loadError: "SyntaxError: invalid syntax (line 3)\nTraceback …",
      tests: [],
    };
    const data = classData([
      { kind: "graded", student: "dan", page: "students/dan.html", result: notLoaded },
      { kind: "infrastructure-error", student: "eve", message: "the grader ran out of disk" },
    ]);
    expect(data.notLoaded.map((n) => [n.student.student, n.note])).toEqual([
      ["dan", "SyntaxError: invalid syntax (line 3)"],
    ]);
    expect(data.infrastructureErrors.map((n) => [n.student.student, n.note])).toEqual([
      ["eve", "the grader ran out of disk"],
    ]);
    expect(data.students[1]).toEqual({ student: "eve", page: null, score: null, maxScore: null });
  });
});
