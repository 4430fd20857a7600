import { describe, expect, it } from "vitest";
import { renderGradebook } from "../../grader/report/gradebook.js";
import { CORRECT, HOSTILE_RESULT, INFRASTRUCTURE_ERROR, PARTIAL, testResult } from "./fixtures.js";
import { golden } from "./golden.js";
import { GOLDEN_CASES } from "./goldens.js";
import { parseCsvRows } from "./parse.js";

const HEADER = [
  "student",
  "total",
  "max_total",
  "zeros.structure",
  "he.values.public",
  "he.values.hidden",
  "status",
];

describe("renderGradebook", () => {
  it("writes the small case exactly as the golden file", () => {
    expect(GOLDEN_CASES["gradebook.csv"]()).toBe(golden("gradebook.csv"));
  });

  it("has one column per test id in rubric order and one row per student, sorted by id", () => {
    const [header, ...rows] = parseCsvRows(
      renderGradebook([
        { student: "s2", result: PARTIAL },
        { student: "s10", result: CORRECT },
        { student: "s1", result: INFRASTRUCTURE_ERROR },
      ]),
    );
    expect(header).toEqual(HEADER);
    expect(rows.map((r) => r[0])).toEqual(["s1", "s10", "s2"]);
    expect(rows[1]).toEqual(["s10", "5", "5", "1", "2", "2", "graded"]);
    expect(rows[2]).toEqual(["s2", "1.5", "5", "1", "0", "0.5", "graded"]);
  });

  it("leaves the total empty and says why for an infrastructure error", () => {
    const [, row] = parseCsvRows(renderGradebook([{ student: "s1", result: INFRASTRUCTURE_ERROR }]));
    expect(row).toEqual(["s1", "", "", "infrastructure-error: python3 not found on PATH (spawn ENOENT)"]);
  });

  it("keeps rubric order when the first student's result is partial", () => {
    const partial = { ...PARTIAL, tests: [PARTIAL.tests[2]] };
    const [header] = parseCsvRows(
      renderGradebook([
        { student: "a", result: partial },
        { student: "b", result: CORRECT },
      ]),
    );
    expect(header).toEqual(HEADER);
  });

  it("quotes text cells that a spreadsheet would run as formulas, and only those", () => {
    // A leading carriage return is already made visible ("\x0d"), so that cell no longer needs the quote.
    const students = [
      "=cmd|' /C calc'!A0",
      "+1",
      "-1",
      "@SUM(1+1)",
      "\t=x",
      "\rcr",
      "  =1+1",
      "plain-id",
      "o'brien",
    ];
    const csv = renderGradebook(students.map((student) => ({ student, result: CORRECT })));
    const ids = parseCsvRows(csv)
      .slice(1)
      .map((r) => r[0]);
    expect([...ids].sort()).toEqual(
      [
        "'=cmd|' /C calc'!A0",
        "'+1",
        "'-1",
        "'@SUM(1+1)",
        "'\t=x",
        "\\x0dcr",
        "'  =1+1",
        "plain-id",
        "o'brien",
      ].sort(),
    );
  });

  it("keeps numbers numeric: a negative score is not quoted", () => {
    const penalised = {
      ...CORRECT,
      tests: [testResult({ id: "penalty", name: "late: penalty", score: -1 })],
    };
    const [, row] = parseCsvRows(renderGradebook([{ student: "s1", result: penalised }]));
    expect(row).toEqual(["s1", "-1", "1", "-1", "graded"]);
  });

  it("survives hostile ids and messages: one record per student, control characters visible", () => {
    const csv = renderGradebook([
      { student: 'evil\n"id"\u0000,', result: HOSTILE_RESULT },
      {
        student: "x",
        result: {
          ...INFRASTRUCTURE_ERROR,
          kind: "infrastructure-error",
          infrastructureError: '=HYPERLINK("x")\nsecond line',
        },
      },
    ]);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: checking that none are left.
    expect(csv).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    const rows = parseCsvRows(csv);
    expect(rows).toHaveLength(3);
    expect(rows[1][0]).toBe('evil\n"id"\\x00,');
    expect(rows[2].at(-1)).toBe('infrastructure-error: =HYPERLINK("x")\nsecond line');
  });
});
