import { describe, expect, it } from "vitest";
import type { StudentOutcome } from "../../grader/batch/outcome.js";
import { summarize } from "../../grader/batch/summary.js";
import { renderSummaryMarkdown } from "../../grader/batch/summary-markdown.js";
import type { GradeResult, TestResult } from "../../grader/grade/types.js";

const identity = {
  rubric: { file: "r.yaml", assignment: "a", title: "T", sha256: "f".repeat(64) },
  grader: "1.0.0+abc",
};

function test(id: string, score: number, ...diagnoses: string[]): TestResult {
  return {
    id,
    name: `f: ${id}`,
    function: "f",
    kind: "values",
    visibility: "visible",
    status: score === 5 ? "passed" : "failed",
    score,
    maxScore: 5,
    summary: "",
    details: [],
    feedback: "",
    mistakes: diagnoses.map((d) => ({ id: d, title: `Title of ${d}`, fix: "", evidence: "" })),
  };
}

function graded(student: string, tests: TestResult[]): StudentOutcome {
  const result: GradeResult = {
    kind: "graded",
    notes: [],
    submission: student,
    language: "python",
    rubric: identity.rubric,
    tests,
    output: { stdout: "", stderr: "", truncated: false },
    isolation: "none",
  };
  return {
    status: "graded",
    student,
    key: "k",
    submission: `${student}.py`,
    sha256: "s",
    result,
    source: "graded",
  };
}

const OUTCOMES: StudentOutcome[] = [
  graded("a", [test("t1", 5), test("t2", 5)]),
  graded("b", [test("t1", 0, "m-x"), test("t2", 5)]),
  graded("c", [test("t1", 0, "m-x"), test("t2", 0, "m-x")]),
  graded("d", [test("t1", 0, "m-y"), test("t2", 1, "m-x")]),
  {
    status: "infrastructure-error",
    student: "e",
    key: "k",
    submission: "e.py",
    sha256: "s",
    message: "no Python",
  },
];

describe("the batch summary", () => {
  const s = summarize(identity, OUTCOMES);

  it("counts grades and infrastructure errors apart; averages only grades", () => {
    expect(s).toMatchObject({ students: 5, graded: 4, infrastructure_errors: 1, max_score: 10 });
    expect(s.score).toEqual({ mean: 4, median: 3, min: 0, max: 10 });
    expect(s.percent).toEqual({ mean: 40, median: 30 });
  });

  it("bins the percentages by 10%, with 100% in the last bin", () => {
    expect(s.distribution.map((b) => b.students)).toEqual([1, 1, 0, 0, 0, 1, 0, 0, 0, 1]);
    expect(s.distribution[9]).toEqual({ from: 90, to: 100, students: 1 });
  });

  it("gives the pass rate per test in rubric order", () => {
    expect(s.tests.map((t) => [t.id, t.passed, t.failed, t.pass_rate])).toEqual([
      ["t1", 1, 3, 0.25],
      ["t2", 2, 2, 0.5],
    ]);
  });

  it("ranks diagnosed mistakes by the number of students who made them (once per student)", () => {
    expect(s.mistakes).toEqual([
      { id: "m-x", title: "Title of m-x", students: 3 },
      { id: "m-y", title: "Title of m-y", students: 1 },
    ]);
  });

  it("keeps every mistake one test found, not only the first (W stored transposed and random biases)", () => {
    const both = summarize(identity, [graded("f", [test("t1", 0, "w-transposed", "random-biases")])]);
    expect(both.mistakes.map((m) => m.id)).toEqual(["random-biases", "w-transposed"]);
  });

  it("renders the same data as Markdown, escaping what students control", () => {
    const md = renderSummaryMarkdown(
      summarize(identity, [
        ...OUTCOMES,
        { ...OUTCOMES[4], student: "| *x* <b>", message: "a\nb" } as StudentOutcome,
      ]),
    );
    expect(md).toContain("| Title of m-x (m-x) | 3 |");
    expect(md).toContain("- \\| \\*x\\* &lt;b&gt;: a<br>b");
    expect(md).toContain("| 90–100% | 1 |");
  });
});
