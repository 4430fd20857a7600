// The exact text of `grader check` for every single-mistake example and the broken ones (a file that
// does not load, a crash, a time-out, a missing function), and the measures a student's patience sets:
// a median of at most 150 words, no output over 20 lines, the mistake's name said once.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { referencesFor } from "../../grader/assignments/index.js";
import { resolveReference } from "../../grader/assignments/registry.js";
import { gradeSubmission } from "../../grader/grade/grade-submission.js";
import { renderTerminal } from "../../grader/report/terminal.js";
import { loadRubric } from "../../grader/rubric/load.js";
import { type Expectation, expectedFileFor } from "../e2e/expectations.js";
import {
  feedbackGolden,
  feedbackGoldenPath,
  lineCount,
  machineIndependent,
  withLineCount,
} from "./golden-text.js";

const rubric = loadRubric("rubrics/initialization.yaml");
const MISTAKES_DIR = "submissions/python/mistakes";
const MISTAKES = readdirSync(MISTAKES_DIR)
  .filter((f) => f.endsWith(".py"))
  .sort()
  .map((f) => join(MISTAKES_DIR, f));
const BROKEN = [
  "submissions/broken/syntax_error.py",
  "submissions/broken/exception.py",
  "submissions/broken/infinite_loop.py",
  "submissions/broken/missing_function.py",
  "submissions/broken/wrong_return_type.py",
];

/** What `grader check` printed for each file, for the measures below. */
const printed = new Map<string, string>();
/** The catalogued mistakes the visible tests found, per file. */
const found = new Map<string, readonly string[]>();

async function checkText(file: string): Promise<string> {
  const result = await gradeSubmission(file, { rubric, visibleOnly: true, displayName: file });
  found.set(
    file,
    result.tests.flatMap((t) => t.mistakes.map((m) => m.id)),
  );
  return machineIndependent(renderTerminal(result, { color: false, heading: "grader check" }));
}

describe("grader check, as a student reads it", () => {
  it.each([...MISTAKES, ...BROKEN])(
    "%s prints exactly its golden text",
    { timeout: 120_000 },
    async (file) => {
      const text = await checkText(file);
      printed.set(file, text);
      const golden = feedbackGolden(feedbackGoldenPath(file, "check"), withLineCount(text));
      expect(withLineCount(text)).toBe(golden);
      expect(golden.split("\n")[0]).toBe(`lines: ${lineCount(text)}`);
    },
  );

  it("on the single-mistake examples: median ≤ 150 words, none over 20 lines, the mistake named once", () => {
    const words: number[] = [];
    for (const file of MISTAKES) {
      const text = printed.get(file);
      expect(text, `${file} was not checked above`).toBeDefined();
      if (text === undefined) continue;
      words.push(text.split(/\s+/).filter((w) => w !== "").length);
      expect(lineCount(text), file).toBeLessThanOrEqual(20);
      // Named once when the visible tests can see it (hard-coded sizes pass every public input: those
      // are caught by hidden tests at grading), never repeated.
      const intended = intendedMistake(file);
      if (intended !== undefined) {
        const said = text.toLowerCase().split(intended.title.toLowerCase()).length - 1;
        const visible = found.get(file)?.includes(intended.id) === true;
        expect(said, `${file}: "${intended.title}"`).toBe(visible ? 1 : 0);
      }
    }
    // Most single-mistake examples are seen by the visible tests: the measure is about them.
    expect([...found.values()].filter((ids) => ids.length > 0).length).toBeGreaterThanOrEqual(15);
    words.sort((a, b) => a - b);
    const median = (words[(words.length - 1) >> 1] + words[words.length >> 1]) / 2;
    expect(median).toBeLessThanOrEqual(150);
  });
});

// The mistake an example is written to show, with its title as the catalogue words it.
function intendedMistake(file: string): { id: string; title: string } | undefined {
  if (!existsSync(expectedFileFor(file))) return undefined;
  const { intent } = JSON.parse(readFileSync(expectedFileFor(file), "utf8")) as Expectation;
  if (intent.function === undefined || intent.diagnosis === undefined) return undefined;
  const fn = rubric.functions.find((f) => f.name === intent.function);
  if (fn === undefined) return undefined;
  const mistakes = resolveReference(referencesFor(rubric.assignment), fn.reference).mistakes;
  const title = mistakes.find((m) => m.id === intent.diagnosis)?.title;
  return title === undefined ? undefined : { id: intent.diagnosis, title };
}
