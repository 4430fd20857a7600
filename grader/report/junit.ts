// JUnit XML as CI systems read it: one <testsuite> per submission, one <testcase> per rubric test.
import { create } from "xmlbuilder2";
import { type CallLanguage, callLanguage } from "../explain/call-text.js";
import { totals } from "../grade/score.js";
import type { GradeResult, TestResult } from "../grade/types.js";
import { explainTest } from "./plain-text.js";
import { formatPoints } from "./terminal.js";
import { xmlAttribute, xmlText } from "./xml-text.js";

type XMLBuilder = ReturnType<typeof create>;

/** Choices for the JUnit report. */
export interface JunitOptions {
  /** Leave out tests whose visibility is not `visible` (for a report students will see). Default false. */
  readonly visibleOnly?: boolean;
  /** Keep hidden tests' evidence (inputs, expected values); otherwise a hidden test shows name and status. */
  readonly showHidden?: boolean;
}

/** The `classname` and `name` of the test case that stands for an infrastructure error. */
export const INFRASTRUCTURE_CASE = { classname: "nn-grader", name: "grading completed" } as const;

interface Problem {
  readonly element: "failure" | "error";
  readonly message: string;
  readonly type: string;
  readonly text: string;
}

interface Case {
  readonly classname: string;
  readonly name: string;
  readonly problem?: Problem;
}

interface Suite {
  readonly attributes: Record<string, string>;
  readonly properties: readonly (readonly [string, string])[];
  readonly cases: readonly Case[];
  readonly stdout: string;
  readonly stderr: string;
}

// Renders grade results as one JUnit XML document (hidden tests included unless visibleOnly).
export function renderJunit(results: readonly GradeResult[], options: JunitOptions = {}): string {
  const visibleOnly = options.visibleOnly ?? false;
  const showHidden = options.showHidden ?? false;
  const suites = results.map((result) => suiteOf(result, visibleOnly, showHidden));
  const count = (element: Problem["element"]) =>
    suites.reduce((n, s) => n + s.cases.filter((c) => c.problem?.element === element).length, 0);
  const durations = results.map((r) => r.durationMs);
  const root = create({ version: "1.0", encoding: "UTF-8" }).ele("testsuites", {
    name: "nn-grader",
    tests: String(suites.reduce((n, s) => n + s.cases.length, 0)),
    failures: String(count("failure")),
    errors: String(count("error")),
    ...(durations.length > 0 && durations.every((d) => d !== undefined)
      ? { time: seconds(durations.reduce((a, b) => a + b, 0)) }
      : {}),
  });
  for (const suite of suites) renderSuite(root, suite);
  return `${root.end({ prettyPrint: true, wellFormed: true })}\n`;
}

function suiteOf(result: GradeResult, visibleOnly: boolean, showHidden: boolean): Suite {
  const tests = visibleOnly ? result.tests.filter((t) => t.visibility === "visible") : result.tests;
  const language = callLanguage(result.language);
  const cases = tests.map((test) =>
    caseOf(test, result, showHidden || test.visibility === "visible", language),
  );
  if (result.kind === "infrastructure-error") cases.push(infrastructureCase(result.infrastructureError));
  if (result.kind === "not-loaded") cases.unshift(notLoadedCase(result.loadError));
  const t = totals(tests);
  const note = result.output.truncated ? "\n[output truncated by the grader]" : "";
  return {
    attributes: {
      name: xmlAttribute(result.submission),
      tests: String(cases.length),
      failures: String(cases.filter((c) => c.problem?.element === "failure").length),
      errors: String(cases.filter((c) => c.problem?.element === "error").length),
      ...(result.durationMs === undefined ? {} : { time: seconds(result.durationMs) }),
    },
    properties: [
      ["rubric", xmlAttribute(result.rubric.file)],
      ["assignment", xmlAttribute(result.rubric.assignment)],
      ["language", result.language],
      ["isolation", result.isolation],
      ...(result.isolationCaveats === undefined || result.isolationCaveats.length === 0
        ? []
        : ([["isolation_caveats", xmlAttribute(result.isolationCaveats.join("; "))]] as const)),
      // No score for a grading that did not complete: it is not a grade.
      ...(result.kind !== "infrastructure-error"
        ? ([
            ["score", String(t.score)],
            ["max_score", String(t.maxScore)],
          ] as const)
        : []),
    ],
    cases,
    stdout: result.output.stdout ? xmlText(result.output.stdout + note) : "",
    stderr: result.output.stderr ? xmlText(result.output.stderr + note) : "",
  };
}

// A test case; a hidden test's failure carries its name and points only, a not-loaded one the reason once.
function caseOf(test: TestResult, result: GradeResult, evidence: boolean, language: CallLanguage): Case {
  const base = { classname: xmlAttribute(test.function), name: xmlAttribute(test.name) };
  if (test.status === "passed") return base;
  const points = `${formatPoints(test.score)}/${formatPoints(test.maxScore)} points`;
  const [message, lines] =
    result.kind === "not-loaded"
      ? ["not run: the submission did not load", []]
      : evidence
        ? [test.summary, explainTest(test, language)]
        : ["hidden test failed", []];
  return {
    ...base,
    problem: {
      element: "failure",
      message: xmlAttribute(message),
      type: test.kind,
      text: xmlText([...lines, points].join("\n")),
    },
  };
}

/** The `classname` and `name` of the test case that says, once, why a submission did not load. */
export const LOAD_CASE = { classname: "nn-grader", name: "submission loaded" } as const;

function notLoadedCase(loadError: string): Case {
  return {
    ...LOAD_CASE,
    problem: {
      element: "failure",
      message: xmlAttribute(loadError.split("\n")[0]),
      type: "not-loaded",
      text: xmlText(`The submission did not load, so no test could run:\n${loadError}`),
    },
  };
}

function infrastructureCase(message: string): Case {
  return {
    ...INFRASTRUCTURE_CASE,
    problem: {
      element: "error",
      message: xmlAttribute(message),
      type: "infrastructure-error",
      text: xmlText(`Grading did not complete (a problem in the grader, not in the submission):\n${message}`),
    },
  };
}

function renderSuite(parent: XMLBuilder, suite: Suite): void {
  const element = parent.ele("testsuite", suite.attributes);
  const properties = element.ele("properties");
  for (const [name, value] of suite.properties) properties.ele("property", { name, value });
  for (const c of suite.cases) {
    const testcase = element.ele("testcase", { classname: c.classname, name: c.name });
    if (c.problem) {
      const { element: tag, message, type, text } = c.problem;
      testcase.ele(tag, { message, type }).txt(text);
    }
  }
  if (suite.stdout) element.ele("system-out").txt(suite.stdout);
  if (suite.stderr) element.ele("system-err").txt(suite.stderr);
}

// Milliseconds as JUnit's seconds, with millisecond precision.
function seconds(ms: number): string {
  return (ms / 1000).toFixed(3);
}
