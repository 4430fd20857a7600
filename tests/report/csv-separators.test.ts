// Gradebook cells a spreadsheet could read as a formula are defused after every separator, not only at the start:
// the gradebook is parsed here with `,`, `;` and tab as the delimiter, and no cell starts a formula.
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import type { GradeResult } from "../../grader/grade/types.js";
import { csvText } from "../../grader/report/csv-cell.js";
import { renderGradebook } from "../../grader/report/gradebook.js";

const HOSTILE_IDS = [
  "x;=cmd|' /C calc'!A0",
  "x\t=1+1",
  'x,=HYPERLINK("http://e.invalid")',
  "x; @SUM(A1)",
  "x|-2+3",
  "x\n+1",
  "=plain",
];

function result(loadError?: string): GradeResult {
  return {
    tests: [],
    output: { stdout: "", stderr: "", truncated: false },
    isolation: "bubblewrap",
    ...(loadError === undefined ? {} : { loadError }),
  } as unknown as GradeResult;
}

describe("gradebook cells after a separator", () => {
  it("defuses a formula after each separator, keeping the text otherwise", () => {
    expect(csvText("a;=1")).toBe("a;'=1");
    expect(csvText("a\t =1")).toBe("a\t' =1");
    expect(csvText("a, b")).toBe("a, b");
    expect(csvText("x-1;y")).toBe("x-1;y");
  });

  it.each([",", ";", "\t"])("no cell starts a formula when the file is split on %j", (delimiter) => {
    const rows = HOSTILE_IDS.map((student, i) => ({
      student,
      result: result(i % 2 === 0 ? `NameError;=cmd|' /C calc'!A${i}` : undefined),
    }));
    const csv = renderGradebook(rows);
    const cells = (
      parse(csv, { delimiter, relax_quotes: true, relax_column_count: true }) as string[][]
    ).flat();
    expect(cells.length).toBeGreaterThan(HOSTILE_IDS.length);
    const formulas = cells.filter((cell) => /^\s*[=+\-@]/.test(cell));
    expect(formulas).toEqual([]);
  });
});
