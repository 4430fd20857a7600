// Grade results built by hand, named by outcome, for the reporter tests.
import type { GradeResult, TestResult } from "../../grader/grade/types.js";

const RUBRIC = { file: "rubrics/initialization.yaml", assignment: "initialization", title: "Initialization" };
const SILENT = { stdout: "", stderr: "", truncated: false };

/** Every kind of text a submission can use to break out of a report format, one per line. */
export const HOSTILE = [
  `"double" 'single' \`backtick\``,
  "<script>alert(1)</script><img src=x onerror=alert(2)>",
  "]]><![CDATA[",
  "\u0000nul\u0007bel\u0008bs\u000bvt\u000cff\u001fus\u007fdel\u0085nel",
  "\u001b[31mred\u001b[0m\u001b]0;title\u0007",
  "=cmd|' /C calc'!A0",
  "+1",
  "-1",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  "::error::forged",
  "::stop-commands::token",
  "%0A::warning::percent-encoded %25 %",
  "emoji 🧠🚀 non-BMP",
  "pipe | *stars* _under_ [link](javascript:alert(1)) & &amp; &nbsp; &#0; &#x1b; # $x$ @user ~~del~~",
  "carriage\rreturn",
  "crlf\r\nline",
  "tab\tcell",
  "line\u2028separator\u2029paragraph",
  "lone \ud800 surrogate \udfff and \ufffe\uffff and bidi \u202eevil\u202c",
].join("\n");

/** A hostile submission's file name: one line of the worst of HOSTILE. */
export const HOSTILE_NAME = `=cmd|' /C calc'!A0 "<script>alert(1)</script>" ]]> \u0000\u001b[31m ::stop-commands::token,x:y %0A 🧠.py`;

// A test result with the fields every fixture shares; `change` overrides.
export function testResult(change: Partial<TestResult> & Pick<TestResult, "id" | "name">): TestResult {
  return {
    function: change.name.split(":")[0] ?? "",
    kind: "values",
    visibility: "visible",
    status: "passed",
    score: 1,
    maxScore: 1,
    summary: "matches the reference",
    details: [],
    feedback: "",
    mistakes: [],
    ...change,
  };
}

/** Three tests of the Initialization rubric, all passed. */
export const CORRECT: GradeResult = {
  kind: "graded",
  submission: "submissions/python/correct.py",
  language: "python",
  rubric: RUBRIC,
  tests: [
    testResult({ id: "zeros.structure", name: "initialize_parameters_zeros: structure", kind: "structure" }),
    testResult({
      id: "he.values.public",
      name: "initialize_parameters_he: public values",
      maxScore: 2,
      score: 2,
    }),
    testResult({
      id: "he.values.hidden",
      name: "initialize_parameters_he: hidden values",
      visibility: "hidden",
      maxScore: 2,
      score: 2,
    }),
  ],
  output: SILENT,
  notes: [],
  isolation: "bubblewrap",
};

/** The same tests: the He draw transposed (diagnosed), the hidden test failed with a replay, some output. */
export const PARTIAL: GradeResult = {
  ...CORRECT,
  submission: "submissions/python/transposed-draw.py",
  tests: [
    CORRECT.tests[0],
    testResult({
      id: "he.values.public",
      name: "initialize_parameters_he: public values",
      status: "failed",
      score: 0,
      maxScore: 2,
      summary: "W1 differs from the reference at [0, 1]: got 0.09649747, expected 0.43650985",
      details: ["call: initialize_parameters_he([2, 4, 1])", "worst element: W1[0, 1], |diff| = 0.34"],
      feedback: "Draw W with shape (n_l, n_{l-1}) directly.",
      cause: {
        kind: "mistakes",
        mistakes: [
          {
            id: "transposed-draw",
            title: "a transposed draw",
            fix: "Use randn(n_l, n_{l-1}).",
            evidence: "W1 matches np.random.randn(2, 4).T",
          },
        ],
      },
      mistakes: [
        {
          id: "transposed-draw",
          title: "a transposed draw",
          fix: "Use randn(n_l, n_{l-1}).",
          evidence: "W1 matches np.random.randn(2, 4).T",
        },
      ],
    }),
    testResult({
      id: "he.values.hidden",
      name: "initialize_parameters_he: hidden values",
      visibility: "hidden",
      status: "failed",
      score: 0.5,
      maxScore: 2,
      summary: "1 of 4 hidden inputs match",
      counterexample: { layersDims: [3, 1], seed: 42, path: "3:1", runs: 4, shrinks: 2 },
    }),
  ],
  output: { stdout: "training...\ndone\n", stderr: "", truncated: false },
};

/** The grader itself failed: no tests ran. */
export const INFRASTRUCTURE_ERROR: GradeResult = {
  ...CORRECT,
  kind: "infrastructure-error",
  submission: "submissions/python/correct.py",
  language: "unknown",
  tests: [],
  isolation: "none",
  infrastructureError: "python3 not found on PATH (spawn ENOENT)",
};

/** A submission whose name, error messages and output try every trick of HOSTILE. */
export const HOSTILE_RESULT: GradeResult = {
  ...CORRECT,
  submission: HOSTILE_NAME,
  tests: [
    CORRECT.tests[0],
    testResult({
      id: "he.values.public",
      name: "initialize_parameters_he: public values",
      status: "failed",
      score: 0,
      maxScore: 2,
      summary: `raised ValueError: ${HOSTILE}`,
      details: [HOSTILE, `traceback line 3: ${HOSTILE_NAME}`],
      feedback: "Draw W with shape (n_l, n_{l-1}) directly.",
      cause: { kind: "observed", observation: HOSTILE },
    }),
  ],
  output: { stdout: HOSTILE, stderr: `Traceback:\n${HOSTILE}`, truncated: true },
};

/** A submission that did not load: every test a zero, the reason once; the grader's notes apart. */
export const NOT_LOADED: GradeResult = {
  ...CORRECT,
  kind: "not-loaded",
  submission: "submissions/broken/syntax_error.py",
  loadError: "SyntaxError: invalid syntax (line 3)",
  tests: CORRECT.tests.map((t) => ({
    ...t,
    status: "failed",
    score: 0,
    summary: `${t.function} could not be called: the submission failed to load`,
    cause: {
      kind: "call",
      call: {
        layersDims: [3, 2, 1],
        status: "load-failed",
        what: "SyntaxError",
        message: "invalid syntax",
        line: 3,
      },
    },
  })),
  notes: [
    {
      kind: "loader",
      message: "ModuleNotFoundError: No module named 'sklearn'; using it will fail",
      location: "cell 2, line 3",
    },
  ],
};

/** The same correct grading with a recorded wall time. */
export const TIMED: GradeResult = { ...CORRECT, durationMs: 1534.4 };

/** Every fixture, by name, for contract tests that run over all of them. */
export const ALL: Readonly<Record<string, GradeResult>> = {
  correct: CORRECT,
  partial: PARTIAL,
  "infrastructure-error": INFRASTRUCTURE_ERROR,
  hostile: HOSTILE_RESULT,
  timed: TIMED,
  "not-loaded": NOT_LOADED,
};
