// The Python driver's loading model, end to end: a .py or notebook is a sequence of cells, and only the program
// slice the graded functions need runs; every statement left out, stubbed or failed is one exact grader note.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openSession } from "../../../grader/runners/open-session.js";
import type { CallOutcome, GraderNote } from "../../../grader/runners/types.js";

const dir = mkdtempSync(join(tmpdir(), "nn-grader-slice-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Loads `source` as `name` with `functions` graded; the outcome of calling each with no arguments, the notes
 * and what the submission printed. */
async function load(name: string, source: string, functions: string[]) {
  const path = join(dir, name);
  writeFileSync(path, source);
  const session = await openSession(path, { functions });
  const outcomes: Record<string, CallOutcome> = {};
  for (const fn of functions) outcomes[fn] = await session.call({ function: fn, args: [], deadlineMs: 2000 });
  await session.close();
  return { outcomes, notes: session.notes(), output: session.output() };
}

const messages = (notes: readonly GraderNote[]) => notes.map((note) => note.message);

describe("the program slice", () => {
  it("runs a constant computed in another cell and a helper defined after the function, in source order", async () => {
    const { outcomes, notes, output } = await load(
      "export.py",
      [
        "# In[1]:",
        "import math",
        "print('loading')",
        "# In[2]:",
        "def f():",
        "    return helper() * GAIN",
        "# In[3]:",
        "GAIN = math.sqrt(4.0)",
        "f()",
        "# In[ ]:",
        "def helper():",
        "    return 3",
        "",
      ].join("\n"),
      ["f"],
    );
    expect(outcomes.f).toMatchObject({ status: "returned", value: 6 });
    expect(output.stdout).toBe("");
    expect(notes).toEqual([
      {
        kind: "not-run",
        message: 'cell In [1] ("import math") prints: not needed by the graded functions',
        location: 'cell In [1] ("import math")',
      },
      {
        kind: "not-run",
        message: 'cell In [3] ("GAIN = math.sqrt(4.0)") tries f: not needed by the graded functions',
        location: 'cell In [3] ("GAIN = math.sqrt(4.0)")',
      },
    ]);
  });

  it("lets a later definition win, as Jupyter run top to bottom, and says which one was replaced", async () => {
    const { outcomes, notes } = await load(
      "redefined.py",
      [
        "SCALE = 1",
        "def f():",
        "    return SCALE",
        "SCALE = 10",
        "def f():",
        "    return SCALE + 1",
        "",
      ].join("\n"),
      ["f"],
    );
    expect(outcomes.f).toMatchObject({ status: "returned", value: 11 });
    expect(messages(notes)).toEqual([
      "redefined.py, line 2 defines f, replaced by the later definition in redefined.py, line 5",
      "redefined.py, line 1 sets SCALE: not needed by the graded functions",
    ]);
  });

  it("keeps what a kept statement needs when it runs (the value before it), and changes made in place", async () => {
    const { outcomes, notes } = await load(
      "mutate.py",
      [
        "CONFIG = {'scale': 1}",
        "CONFIG['scale'] = 2",
        "def f():",
        "    return CONFIG['scale'] * LIMIT",
        "n = 3",
        "n += 1",
        "LIMIT = n * 10",
        "n = 100",
        "",
      ].join("\n"),
      ["f"],
    );
    expect(outcomes.f).toMatchObject({ status: "returned", value: 80 });
    expect(messages(notes)).toEqual(["mutate.py, line 8 sets n: not needed by the graded functions"]);
  });

  it("reports a failing statement once, with where it is and the functions that needed it; the others are graded", async () => {
    const { outcomes, notes } = await load(
      "fails.py",
      [
        "import numpy as np",
        "GAIN = 1 / 0",
        "def f():",
        "    return GAIN",
        "def g():",
        "    return 2",
        "",
      ].join("\n"),
      ["f", "g"],
    );
    expect(outcomes.g).toMatchObject({ status: "returned", value: 2 });
    expect(outcomes.f).toMatchObject({
      status: "load-failed",
      error: {
        type: "ZeroDivisionError",
        message: "division by zero (fails.py, line 2, which f needs)",
        line: 2,
      },
    });
    expect(notes).toEqual([
      {
        kind: "failed",
        message: "fails.py, line 2: ZeroDivisionError: division by zero; f needs it, so it cannot be graded",
        location: "fails.py, line 2",
      },
      {
        kind: "not-run",
        message: "fails.py, line 1 imports numpy: not needed by the graded functions",
        location: "fails.py, line 1",
      },
    ]);
  });

  it("replaces missing modules by stand-ins that fail only where a graded function uses them", async () => {
    const { outcomes, notes } = await load(
      "sibling.py",
      [
        "from activations import relu",
        "import init_utils",
        "from public_tests import *",
        "import matplotlib.pyplot as plt",
        "def f():",
        "    return init_utils.sigmoid(0)",
        "def g():",
        "    return 'graded'",
        "def h():",
        "    plt.plot([1])",
        "",
      ].join("\n"),
      ["f", "g", "h"],
    );
    expect(outcomes.g).toMatchObject({ status: "returned", value: "graded" });
    expect(outcomes.f).toMatchObject({
      status: "raised",
      error: {
        type: "ModuleNotFoundError",
        message:
          "init_utils.sigmoid is not available to the grader: No module named 'init_utils' (imported in sibling.py, line 2)",
        line: 6,
      },
    });
    expect(outcomes.h).toMatchObject({
      status: "raised",
      error: {
        message:
          "matplotlib.pyplot.plot is not available to the grader: plotting and display libraries are not loaded for grading",
      },
    });
    expect(messages(notes)).toEqual([
      "sibling.py, line 2: No module named 'init_utils'; a stand-in takes its place, and f fails where it uses it",
      "sibling.py, line 4: plt is not loaded for grading (plots are not graded); a graded function that uses it fails",
      "sibling.py, line 1 imports activations: not needed by the graded functions",
      "sibling.py, line 3 imports public_tests: not needed by the graded functions",
    ]);
  });

  it("drops IPython calls and magics in a .py, and never runs a training loop or input() the functions do not need", async () => {
    const { outcomes, notes } = await load(
      "magics.py",
      [
        "# In[4]:",
        "get_ipython().run_line_magic('matplotlib', 'inline')",
        "def f():",
        "    return 1",
        "",
        "# In[5]:",
        "%timeit f()",
        "parameters = model(train_X, train_Y)",
        "answer = input('continue?')",
        "",
      ].join("\n"),
      ["f"],
    );
    expect(outcomes.f).toMatchObject({ status: "returned", value: 1 });
    expect(messages(notes)).toEqual([
      'cell In [4] ("get_ipython().run_line_magic(\'matplotli…") runs IPython commands: not needed by the graded functions',
      'cell In [5] ("%timeit f()") trains the model and sets answer: not needed by the graded functions',
    ]);
  });

  it("sends at most 200 notes: past that, one says how many more there were", async () => {
    const lines = Array.from({ length: 250 }, (_, i) => `print(${i})`);
    const { outcomes, notes } = await load(
      "chatty.py",
      ["def f():", "    return 1", ...lines, ""].join("\n"),
      ["f"],
    );
    expect(outcomes.f).toMatchObject({ status: "returned", value: 1 });
    expect(notes).toHaveLength(200);
    expect(notes[0].message).toBe("chatty.py, line 3 prints: not needed by the graded functions");
    expect(notes[199]).toEqual({ kind: "more", message: "51 more notes like these are not shown" });
  });

  it("names notebook cells as Jupyter shows them, and a time-out reports the line the call was running", async () => {
    const cell = (source: string, count: number | null) => ({
      cell_type: "code",
      execution_count: count,
      metadata: {},
      outputs: [],
      source,
    });
    const notebook = {
      nbformat: 4,
      nbformat_minor: 5,
      metadata: {},
      cells: [
        { cell_type: "markdown", metadata: {}, source: "# Spin" },
        cell("import time\nprint('ready')", 3),
        // One line for the whole loop: wherever the deadline finds it, it is on that line.
        cell("def spin():\n    n = 0\n    while True: n += 1", null),
      ],
    };
    const path = join(dir, "spin.ipynb");
    writeFileSync(path, JSON.stringify(notebook));
    const session = await openSession(path, { functions: ["spin"] });
    const outcome = await session.call({ function: "spin", args: [], deadlineMs: 1000 });
    await session.close();
    expect(outcome).toEqual({
      status: "timeout",
      deadlineMs: 1000,
      at: { location: 'code cell 2 ("def spin():"), line 3', code: "while True: n += 1" },
    });
    expect(messages(session.notes())).toEqual([
      'cell In [3] ("import time") imports time and prints: not needed by the graded functions',
    ]);
  });
});
