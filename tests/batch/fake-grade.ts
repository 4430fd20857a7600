// A stand-in for the grading engine in unit tests: a deterministic result computed from the file's bytes,
// so a batch of a hundred students takes milliseconds. A file containing "INFRA" fails like a grader
// without Python; one containing "THROW" makes the engine throw (a harness bug).
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { GradeFunction } from "../../grader/batch/retry.js";
import type { GradeResult } from "../../grader/grade/types.js";
import { loadRubric } from "../../grader/rubric/load.js";

/** The bundled rubric, loaded once. */
export const RUBRIC = loadRubric("rubrics/initialization.yaml");

/** A fake engine and the (file name, name) of every call it served. */
export interface FakeEngine {
  readonly grade: GradeFunction;
  readonly calls: string[];
}

// A deterministic fake grader: test i passes unless byte i of sha256(content) is a multiple of 3.
export function fakeEngine(): FakeEngine {
  const calls: string[] = [];
  const grade: GradeFunction = async (file, name) => {
    calls.push(name);
    const text = await readFile(file, "utf8");
    if (text.includes("THROW")) throw new Error("bug in a check");
    return fakeResult(name, text);
  };
  return { grade, calls };
}

// The fake result for a submission named `name` with content `text`.
export function fakeResult(name: string, text: string): GradeResult {
  const digest = createHash("sha256").update(text).digest();
  const base = {
    submission: name,
    language: "python" as const,
    rubric: { file: RUBRIC.file, assignment: RUBRIC.assignment, title: RUBRIC.title },
    isolation: "none" as const,
    output: { stdout: text.includes("PRINT") ? "hello\n" : "", stderr: "", truncated: false },
    notes: [],
  };
  if (text.includes("INFRA"))
    return {
      kind: "infrastructure-error",
      ...base,
      tests: [],
      infrastructureError: "python3 not found on PATH",
    };
  return {
    kind: "graded",
    ...base,
    tests: RUBRIC.tests.map((test, i) => {
      const passed = digest[i] % 3 !== 0;
      return {
        id: test.id,
        name: test.name,
        function: test.function,
        kind: test.kind,
        visibility: test.visibility,
        feedback: test.feedback,
        status: passed ? ("passed" as const) : ("failed" as const),
        score: passed ? test.points : 0,
        maxScore: test.points,
        summary: passed ? "ok" : "wrong",
        details: [],
        mistakes: passed
          ? []
          : [
              {
                id: `mistake-${digest[i] % 2}`,
                title: `Mistake ${digest[i] % 2}`,
                fix: "fix it",
                evidence: "",
              },
            ],
      };
    }),
  };
}
