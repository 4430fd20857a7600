// Notebooks end to end: code cells run as a module, keeping only imports, definitions and simple constants.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSession } from "../../grader/runners/open-session.js";
import type { SubmissionSession } from "../../grader/runners/types.js";
import { dims, expectCorrectInitializers, fixture, returned } from "./support/runner-helpers.js";

const nb = (name: string) => fixture("notebook", name);
const GRADED = ["initialize_parameters_zeros", "initialize_parameters_random", "initialize_parameters_he"];

/** The warnings the course notebook's header cells give: helper modules the grader does not have. */
const HEADER_WARNINGS = [
  "[grader] cell 2, line 3: ModuleNotFoundError: No module named 'sklearn'; using it will fail",
  "[grader] cell 2, line 4: ModuleNotFoundError: No module named 'sklearn'; using it will fail",
  "[grader] cell 2, line 5: ModuleNotFoundError: No module named 'init_utils'; using it will fail",
  "[grader] cell 2, line 6: ModuleNotFoundError: No module named 'init_utils'; using it will fail",
  "[grader] cell 2, line 7: ModuleNotFoundError: No module named 'public_tests'; using it will fail",
];

describe("notebook runner: the course notebook, answered correctly", () => {
  let session: SubmissionSession;
  beforeAll(async () => {
    session = await openSession(nb("correct.ipynb"), { functions: GRADED });
  });
  afterAll(() => session.close());

  it("grades the three initializers although magics, plots, training and test helpers surround them", async () => {
    await expectCorrectInitializers(session, "float64");
  });

  it("keeps simple constants (layers_dims) and makes a missing helper module fail only when used", async () => {
    const outcome = await session.call({ function: "model", args: [1, 2], deadlineMs: 2000 });
    expect(outcome).toMatchObject({
      status: "raised",
      error: {
        type: "ModuleNotFoundError",
        message:
          "init_utils.forward_propagation is not available to the grader: No module named 'init_utils' (imported in cell 2, line 5)",
      },
    });
    if (outcome.status === "raised")
      expect(outcome.error.traceback).toContain('File "cell 4", line 7, in model');
  });

  it("runs no training, printing or __main__ block, and lists missing modules as warnings", async () => {
    expect(session.output()).toEqual({
      stdout: "",
      stderr: `${HEADER_WARNINGS.join("\n")}\n`,
      truncated: false,
    });
  });
});

describe("notebook runner: syntax errors", () => {
  let session: SubmissionSession;
  beforeAll(async () => {
    session = await openSession(nb("syntax-error.ipynb"), { functions: GRADED });
  });
  afterAll(() => session.close());

  it("fails only the function whose cell does not parse, naming cell and line", async () => {
    const outcome = await session.call({
      function: "initialize_parameters_he",
      args: [dims(2, 4, 1)],
      deadlineMs: 2000,
    });
    expect(outcome).toMatchObject({
      status: "load-failed",
      error: { type: "SyntaxError", message: "'{' was never closed (cell 5, line 3)" },
    });
    if (outcome.status === "load-failed")
      expect(outcome.error.traceback).toContain('File "cell 5", line 3\n    parameters = {\n');
  });

  it("still serves functions from cells that parse, and from the good part of a broken cell", async () => {
    for (const fn of ["initialize_parameters_zeros", "initialize_parameters_random"]) {
      expect(
        returned(await session.call({ function: fn, args: [dims(3, 2, 1)], deadlineMs: 2000 })),
      ).toHaveProperty("$dict");
    }
  });

  it("warns about every cell it skipped", () => {
    expect(session.output().stderr).toBe(
      [
        ...HEADER_WARNINGS,
        "[grader] cell 5, line 3: SyntaxError: '{' was never closed (skipped)",
        "[grader] cell 6, line 1: SyntaxError: '(' was never closed (skipped)",
        "[grader] cell 7, line 10: SyntaxError: '(' was never closed (skipped)",
        "",
      ].join("\n"),
    );
  });
});

describe("notebook runner: malformed notebooks", () => {
  it("names the field that breaks nbformat 4, for every call", async () => {
    const session = await openSession(nb("malformed.ipynb"), { functions: GRADED });
    expect(
      await session.call({ function: "initialize_parameters_he", args: [dims(2, 1)], deadlineMs: 2000 }),
    ).toEqual({
      status: "load-failed",
      error: {
        type: "InvalidNotebook",
        message:
          'malformed.ipynb: not a valid nbformat 4 notebook: cells[2].cell_type: expected one of code, markdown, raw, got "python"',
        traceback: "",
      },
    });
    await session.close();
  });
});
