// Notebooks end to end: code cells run as a module, keeping only imports, definitions and simple constants.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSession } from "../../grader/runners/open-session.js";
import type { SubmissionSession } from "../../grader/runners/types.js";
import { dims, expectCorrectInitializers, fixture, returned } from "./support/runner-helpers.js";

const nb = (name: string) => fixture("notebook", name);
const GRADED = ["initialize_parameters_zeros", "initialize_parameters_random", "initialize_parameters_he"];

/** What the grader says it did with the course notebook's cells: nothing the graded functions do not need ran. */
const NOT_RUN = [
  'cell In [1] ("import numpy as np") imports matplotlib.pyplot, sklearn, sklearn.datasets, init_utils and public_tests and plots: not needed by the graded functions',
  'cell In [2] ("train_X, train_Y, test_X, test_Y = load…") loads the data: not needed by the graded functions',
  'cell In [3] ("layers_dims = [2, 10, 5, 1]") sets layers_dims and learning_rate and defines model: not needed by the graded functions',
  'cell In [5] ("parameters = initialize_parameters_zero…") tries initialize_parameters_zeros, prints and runs the course\'s tests: not needed by the graded functions',
  'cell In [6] ("parameters = model(train_X, train_Y, in…") trains the model and plots: not needed by the graded functions',
  'cell In [10] ("parameters = initialize_parameters_he([…") tries initialize_parameters_he and runs the course\'s tests: not needed by the graded functions',
  'cell In [11] ("if __name__ == "__main__":") runs its "__main__" block, runs "np.random.seed(1)" and prints: not needed by the graded functions',
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

  it("runs what another function needs when it is called, and a missing helper module fails only when used", async () => {
    const outcome = await session.call({ function: "model", args: [1, 2], deadlineMs: 2000 });
    expect(outcome).toMatchObject({
      status: "raised",
      error: {
        type: "ModuleNotFoundError",
        message:
          "init_utils.forward_propagation is not available to the grader: No module named 'init_utils' (imported in cell In [1] (\"import numpy as np\"), line 5)",
        location: 'cell In [3] ("layers_dims = [2, 10, 5, 1]"), line 7',
      },
    });
    if (outcome.status === "raised")
      expect(outcome.error.traceback).toContain('File "In [3]", line 7, in model');
  });

  it("runs no training, printing or __main__ block, and says so in its notes, apart from the output", async () => {
    expect(session.output()).toEqual({ stdout: "", stderr: "", truncated: false });
    expect(session.notes().map((note) => note.message)).toEqual(NOT_RUN);
    expect(session.notes().every((note) => note.kind === "not-run")).toBe(true);
  });
});

describe("notebook runner: syntax errors", () => {
  let session: SubmissionSession;
  beforeAll(async () => {
    session = await openSession(nb("syntax-error.ipynb"), { functions: GRADED });
  });
  afterAll(() => session.close());

  it("fails the functions of a cell that does not parse (nothing in it runs, as in Jupyter), naming cell and line", async () => {
    const outcome = await session.call({
      function: "initialize_parameters_he",
      args: [dims(2, 4, 1)],
      deadlineMs: 2000,
    });
    expect(outcome).toMatchObject({
      status: "load-failed",
      error: {
        type: "SyntaxError",
        message: "'{' was never closed (cell In [4] (\"def initialize_parameters_he(layers_dim…\"), line 3)",
      },
    });
    if (outcome.status === "load-failed")
      expect(outcome.error.traceback).toContain('File "In [4]", line 3\n    parameters = {\n');
    expect(
      await session.call({
        function: "initialize_parameters_random",
        args: [dims(3, 2, 1)],
        deadlineMs: 2000,
      }),
    ).toMatchObject({ status: "load-failed", error: { type: "SyntaxError" } });
  });

  it("still serves functions from cells that parse", async () => {
    expect(
      returned(
        await session.call({
          function: "initialize_parameters_zeros",
          args: [dims(3, 2, 1)],
          deadlineMs: 2000,
        }),
      ),
    ).toHaveProperty("$dict");
  });

  it("notes every cell it skipped, with what it defined", () => {
    expect(session.notes().filter((note) => note.kind === "syntax-error")).toEqual([
      {
        kind: "syntax-error",
        message:
          "cell In [4] (\"def initialize_parameters_he(layers_dim…\"), line 3: SyntaxError: '{' was never closed; nothing in it ran (it defines initialize_parameters_he)",
        location: 'cell In [4] ("def initialize_parameters_he(layers_dim…"), line 3',
      },
      {
        kind: "syntax-error",
        message:
          "cell In [5] (\"print('unbalanced'\"), line 1: SyntaxError: '(' was never closed; nothing in it ran",
        location: "cell In [5] (\"print('unbalanced'\"), line 1",
      },
      {
        kind: "syntax-error",
        message:
          "cell In [6] (\"def initialize_parameters_random(layers…\"), line 10: SyntaxError: '(' was never closed; nothing in it ran (it defines initialize_parameters_random)",
        location: 'cell In [6] ("def initialize_parameters_random(layers…"), line 10',
      },
    ]);
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
