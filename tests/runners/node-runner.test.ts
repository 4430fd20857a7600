// The Node runner end to end: .ts/.js/.mjs bundled with esbuild in a sandboxed child, run in another under
// Node's permission model, np from the numpy shim.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSession } from "../../grader/runners/open-session.js";
import type { CallOutcome, SubmissionSession, WireValue } from "../../grader/runners/types.js";
import {
  arrayOf,
  dims,
  eventually,
  expectCorrectInitializers,
  fixture,
  markedProcesses,
  newMarker,
  returned,
} from "./support/runner-helpers.js";

const scratch = mkdtempSync(join(tmpdir(), "nn-grader-test-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const js = (name: string) => fixture("node", name);
const firstCall = async (file: string): Promise<CallOutcome> => {
  const session = await openSession(file, { functions: ["initialize_parameters_zeros"] });
  try {
    return await session.call({
      function: "initialize_parameters_zeros",
      args: [dims(3, 1)],
      deadlineMs: 3000,
    });
  } finally {
    await session.close();
  }
};

describe("node runner: correct submissions", () => {
  it.each([
    ["correct.ts", "snake_case exports, np imported as numpy's default"],
    ["correct-camel.js", "camelCase exports, np from nn-grader/reference"],
    ["correct-default.mjs", "a default-exported object returning Maps"],
  ])("%s (%s) returns the course's values", async (name) => {
    const session = await openSession(js(name), { functions: [] });
    await expectCorrectInitializers(session, "number");
    await session.close();
  });
});

describe("node runner: load failures", () => {
  it("reports a syntax error with its line", async () => {
    const file = join(scratch, "syntax-error.ts");
    writeFileSync(
      file,
      'import np from "numpy";\n\nexport function initialize_parameters_zeros(dims: number[] {\n  return {};\n}\n',
    );
    const outcome = await firstCall(file);
    expect(outcome).toMatchObject({
      status: "load-failed",
      error: {
        type: "SyntaxError",
        message: 'Expected ")" but found "{" (syntax-error.ts, line 3)',
        line: 3,
      },
    });
    if (outcome.status === "load-failed")
      expect(outcome.error.traceback).toContain(
        "export function initialize_parameters_zeros(dims: number[] {",
      );
  });

  it("reports an import that does not resolve", async () => {
    expect(await firstCall(js("import-error.ts"))).toMatchObject({
      status: "load-failed",
      error: {
        type: "ImportError",
        message: 'Could not resolve "numpie" (import-error.ts, line 2)',
        line: 2,
      },
    });
  });

  it("replaces a local file that was not submitted by a stand-in that fails only where it is used", async () => {
    const file = join(scratch, "sibling.ts");
    writeFileSync(
      file,
      [
        'import np from "numpy";',
        'import { heStd, type Scale } from "./init-helpers";',
        'import relu from "./activations.js";',
        "export function initialize_parameters_zeros(dims: number[]) {",
        "  return { W1: np.zeros([dims[1], dims[0]]) };",
        "}",
        "export function initialize_parameters_he(dims: number[]) {",
        "  return { W1: heStd(dims[0]) as Scale };",
        "}",
        "",
      ].join("\n"),
    );
    const session = await openSession(file, { functions: [] });
    const zeros = await session.call({
      function: "initialize_parameters_zeros",
      args: [dims(3, 2, 1)],
      deadlineMs: 5000,
    });
    expect(zeros.status).toBe("returned");
    expect(
      await session.call({ function: "initialize_parameters_he", args: [dims(3, 2, 1)], deadlineMs: 5000 }),
    ).toMatchObject({
      status: "raised",
      error: {
        type: "ModuleNotFoundError",
        message:
          "./init-helpers.heStd is not available to the grader: Cannot find module './init-helpers' imported by sibling.ts: a file beside it that was not submitted",
      },
    });
    await session.close();
    // TypeScript drops an import nothing uses (./activations.js): there is nothing to stand in for.
    expect(session.notes().map((note) => note.message)).toEqual([
      "sibling.ts: ./init-helpers was not submitted; a stand-in takes its place, and a graded function that uses it fails",
    ]);
  });

  it("reports an exception at import with a stack of the student's frames, mapped to the .ts source", async () => {
    expect(await firstCall(js("raises-at-import.ts"))).toEqual({
      status: "load-failed",
      error: {
        type: "RangeError",
        message: "layer sizes must be positive",
        traceback:
          "RangeError: layer sizes must be positive\n    at buildDefaults (raises-at-import.ts:3:9)\n    at <anonymous> (raises-at-import.ts:6:25)",
        line: 3,
      },
    });
  });

  it("turns process.exit at import into a load failure", async () => {
    expect(await firstCall(js("exit-at-import.js"))).toEqual({
      status: "load-failed",
      error: {
        type: "ProcessExit",
        message: "exit-at-import.js exited with code 4 while loading",
        traceback: "",
      },
    });
  });
});

describe("node runner: calls", () => {
  let session: SubmissionSession;
  const call = (
    fn: string,
    args: WireValue[] = [],
    extra: { disturbRng?: number; returnArgs?: boolean; deadlineMs?: number } = {},
  ) => session.call({ function: fn, args, deadlineMs: 2000, ...extra });

  beforeAll(async () => {
    session = await openSession(js("behaviours.ts"), { functions: [] });
  });
  afterAll(() => session.close());

  it("finds camelCase exports by their Python names, and lists the exports when one is missing", async () => {
    expect(await call("initialize_parameters_zeros")).toEqual({
      status: "missing",
      available: expect.arrayContaining(["initializeParametersHe", "spin", "seededDraw"]),
    });
  });

  it("reports an exception with the student's frames and the line", async () => {
    expect(await call("initialize_parameters_he", [dims(3, 2, 1)])).toEqual({
      status: "raised",
      error: {
        type: "TypeError",
        message: "cannot scale fan-in 3",
        traceback:
          "TypeError: cannot scale fan-in 3\n    at heScale (behaviours.ts:8:24)\n    at initializeParametersHe (behaviours.ts:16:15)",
        line: 8,
      },
    });
  });

  it("encodes nested number arrays as $array, typed arrays with their dtype, ragged arrays as $list", async () => {
    expect(returned(await call("specials"))).toEqual({
      $list: [
        { $float: "NaN" },
        { $float: "Infinity" },
        { $array: { shape: [3], dtype: "number", data: [1, "NaN", "-Infinity"] } },
      ],
    });
    expect(arrayOf(returned(await call("bias", [3])))).toEqual({
      shape: [3],
      dtype: "float64",
      data: [0, 0, 0],
    });
    expect(returned(await call("ragged"))).toEqual({
      $list: [
        { $array: { shape: [2], dtype: "number", data: [1, 2] } },
        { $array: { shape: [1], dtype: "number", data: [3] } },
      ],
    });
  });

  it("encodes values JSON cannot carry as $other, and awaits async functions", async () => {
    expect(returned(await call("odd_values"))).toEqual({
      $dict: [
        ["set", { $other: { type: "Set", repr: "Set(1) { 1 }" } }],
        ["fn", { $other: { type: "function", repr: "[Function: fn]" } }],
        ["big", { $other: { type: "bigint", repr: "1180591620717411303424n" } }],
        ["nested", { $dict: [["a", { $list: [true, "x", null] }]] }],
        ["typed", { $array: { shape: [2], dtype: "int32", data: [1, 2] } }],
      ],
    });
    expect(returned(await call("later", [4]))).toBe(8);
  });

  it("round-trips NaN and ±Inf arguments", async () => {
    const args: WireValue[] = [
      { $float: "NaN" },
      { $array: { shape: [2, 1], dtype: "float64", data: ["Infinity", 1] } },
    ];
    expect(returned(await call("echo", args))).toEqual({
      $list: [{ $float: "NaN" }, { $array: { shape: [2, 1], dtype: "number", data: ["Infinity", 1] } }],
    });
  });

  it("returns a mutated argument in the form it was sent", async () => {
    const outcome = await call("mutate", [dims(3, 2, 1)], { returnArgs: true });
    expect(outcome).toMatchObject({ status: "returned", value: 4, argsAfter: [{ $list: [-1, 2, 1, 99] }] });
  });

  it("disturbRng reseeds the shared np.random state: it moves an unseeded draw, not a seeded one", async () => {
    const draw = async (fn: string, disturbRng?: number) =>
      arrayOf(returned(await call(fn, [3], { disturbRng }))).data;
    const [a, b] = [await draw("draw", 1), await draw("draw", 2)];
    expect(a).not.toEqual(b);
    expect(await draw("draw", 1)).toEqual(a);
    const seeded = await draw("seeded_draw");
    expect(await draw("seeded_draw", 7)).toEqual(seeded);
  });

  it("reports process.exit in a call as a crash, then serves the next call", async () => {
    expect(await call("crash", [3])).toEqual({
      status: "crashed",
      reason:
        "the process running behaviours.ts exited with code 3 during the call of crash\nlast lines of stderr:\n  crashing now",
    });
    expect(returned(await call("later", [1]))).toBe(2);
  });

  it("refuses to start a process: Node's permission model is the second layer", async () => {
    expect(await call("spin", ["/tmp/pids"])).toMatchObject({
      status: "raised",
      error: { type: "Error", message: "Access to this API has been restricted" },
    });
    expect(returned(await call("later", [5]))).toBe(10);
  });
});

describe("node runner: a hang", () => {
  it("times out an infinite loop, kills its process, and serves the next call from a new child", async () => {
    const file = join(scratch, "spin.ts");
    writeFileSync(
      file,
      "export const spin = (): never => { for (;;) {} };\nexport const twice = (x: number) => 2 * x;\n",
    );
    const marker = newMarker("node-spin");
    const session = await openSession(file, { functions: [], env: { NN_GRADER_TEST_MARK: marker } });
    try {
      const started = Date.now();
      const spinning = session.call({ function: "spin", args: [], deadlineMs: 1000 });
      expect(await eventually(() => markedProcesses(marker).length >= 1, 1000)).toBe(true);
      expect(await spinning).toEqual({ status: "timeout", deadlineMs: 1000 });
      expect(Date.now() - started).toBeLessThan(1000 + 1500);
      expect(await eventually(() => markedProcesses(marker).length === 0, 3000)).toBe(true);
      expect(returned(await session.call({ function: "twice", args: [5], deadlineMs: 3000 }))).toBe(10);
    } finally {
      await session.close();
    }
  });
});

describe("node runner: output", () => {
  it("captures console output apart from the protocol, capped", async () => {
    const session = await openSession(js("behaviours.ts"), { functions: [], outputCapBytes: 100 });
    expect(returned(await session.call({ function: "flood", args: [50], deadlineMs: 3000 }))).toBe(50);
    await session.close();
    const output = session.output();
    expect(output.truncated).toBe(true);
    expect(output.stdout).toMatch(
      /^out line 0\nout line 1\n[\s\S]*\n\[grader\] \d+ more bytes of stdout not shown \(limit 100 bytes\)\n$/,
    );
  });
});
