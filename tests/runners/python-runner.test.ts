// The Python runner end to end: a real interpreter with numpy in a child process, per failure mode.
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

const py = (name: string) => fixture("python", name);
const firstCall = async (file: string, fn = "initialize_parameters_zeros"): Promise<CallOutcome> => {
  const session = await openSession(file, { functions: [fn] });
  try {
    return await session.call({ function: fn, args: [dims(3, 2, 1)], deadlineMs: 2000 });
  } finally {
    await session.close();
  }
};

describe("python runner: a correct submission", () => {
  it("returns the course's values for the three initializers, as float64 arrays, without running __main__", async () => {
    const session = await openSession(py("correct.py"), { functions: ["initialize_parameters_he"] });
    await expectCorrectInitializers(session, "float64");
    await session.close();
    expect(session.output()).toEqual({ stdout: "", stderr: "", truncated: false });
  });
});

describe("python runner: load failures", () => {
  it("reports a syntax error with its line and the offending source line", async () => {
    const outcome = await firstCall(py("syntax-error.py"));
    expect(outcome).toMatchObject({ status: "load-failed", error: { type: "SyntaxError", line: 3 } });
    if (outcome.status !== "load-failed") return;
    expect(outcome.error.message).toBe("'(' was never closed (syntax-error.py, line 3)");
    expect(outcome.error.traceback).toContain("def initialize_parameters_zeros(layers_dims:");
  });

  it("replaces a misspelled import by a stand-in that fails, naming the module, when the function uses it", async () => {
    const outcome = await firstCall(py("import-error.py"));
    expect(outcome).toMatchObject({
      status: "raised",
      error: {
        type: "ModuleNotFoundError",
        message:
          "nunpy.zeros is not available to the grader: No module named 'nunpy' (imported in import-error.py, line 1)",
        line: 5,
        location: "import-error.py, line 5",
      },
    });
  });

  it("trims an exception at import to the student's frames and names the function that needed the statement", async () => {
    const outcome = await firstCall(py("raises-at-import.py"));
    expect(outcome).toMatchObject({
      status: "load-failed",
      error: {
        type: "KeyError",
        message: "'W2' (raises-at-import.py, line 8, which initialize_parameters_zeros needs)",
        line: 5,
      },
    });
    if (outcome.status !== "load-failed") return;
    expect(outcome.error.traceback).toMatch(
      /^Traceback \(most recent call last\):\n {2}File "raises-at-import.py", line 8/,
    );
    expect(outcome.error.traceback).not.toMatch(/nngrader_driver|driver\.py/);
  });

  it("turns sys.exit at import into a load failure, keeping what was printed", async () => {
    const session = await openSession(py("exit-at-import.py"), { functions: [] });
    const outcome = await session.call({ function: "anything", args: [], deadlineMs: 2000 });
    expect(outcome).toMatchObject({
      status: "load-failed",
      error: {
        type: "SystemExit",
        message: "exit-at-import.py called sys.exit(4) while being loaded",
        line: 6,
      },
    });
    await session.close();
    expect(session.output().stdout).toBe("about to leave\n");
  });

  it("turns os._exit at import into a load failure with the exit code and the last stderr lines", async () => {
    expect(await firstCall(py("os-exit-at-import.py"))).toEqual({
      status: "load-failed",
      error: {
        type: "ProcessExit",
        message: "os-exit-at-import.py exited with code 7 while loading",
        traceback: "last lines of stderr:\n  leaving without a word",
      },
    });
  });

  it("gives up on a load that does not finish within the load deadline", async () => {
    const session = await openSession(py("hang-at-import.py"), { functions: [], loadDeadlineMs: 1500 });
    const outcome = await session.call({ function: "f", args: [], deadlineMs: 500 });
    expect(outcome).toEqual({
      status: "load-failed",
      error: {
        type: "LoadTimeout",
        message: "hang-at-import.py did not finish loading within 1500 ms",
        traceback: "",
      },
    });
    // The failure lasts: no new child is started for later calls.
    expect(await session.call({ function: "f", args: [], deadlineMs: 500 })).toEqual(outcome);
    await session.close();
  });
});

describe("python runner: calls", () => {
  let session: SubmissionSession;
  const call = (
    fn: string,
    args: WireValue[] = [],
    extra: { disturbRng?: number; returnArgs?: boolean; deadlineMs?: number } = {},
  ) => session.call({ function: fn, args, deadlineMs: 2000, ...extra });

  const marker = newMarker("python-calls");
  beforeAll(async () => {
    session = await openSession(py("behaviours.py"), {
      functions: ["initialize_parameters_he"],
      env: { NN_GRADER_TEST_MARK: marker },
    });
  });
  afterAll(() => session.close());

  it("names the functions the submission defines when one is missing, and still serves the others", async () => {
    expect(await call("initialize_parameters_random", [dims(3, 2, 1)])).toEqual({
      status: "missing",
      available: expect.arrayContaining(["initialize_parameters_he", "spin", "draw", "seeded_draw"]),
    });
    expect(returned(await call("bias", [2]))).toBeDefined();
  });

  it("reports an exception with the traceback trimmed to the student's frames and the deepest line", async () => {
    const outcome = await call("initialize_parameters_he", [dims(3, 2, 1)]);
    expect(outcome).toMatchObject({
      status: "raised",
      error: { type: "ZeroDivisionError", message: "division by zero", line: 11 },
    });
    if (outcome.status !== "raised") return;
    const files = [...outcome.error.traceback.matchAll(/File "([^"]+)", line (\d+), in (\w+)/g)].map(
      (m) => `${m[1]}:${m[2]}:${m[3]}`,
    );
    expect(files).toEqual(["behaviours.py:18:initialize_parameters_he", "behaviours.py:11:_he_scale"]);
  });

  it("reports sys.exit in a call as raised SystemExit", async () => {
    expect(await call("leave", [2])).toMatchObject({
      status: "raised",
      error: { type: "SystemExit", message: "leave called sys.exit(2)", line: 37 },
    });
  });

  it("spells NaN and ±Inf out, in Python floats, numpy scalars and arrays", async () => {
    expect(returned(await call("specials"))).toEqual({
      $list: [
        { $float: "NaN" },
        { $float: "Infinity" },
        { $float: "-Infinity" },
        { $array: { shape: [4], dtype: "float64", data: [1, "NaN", "Infinity", "-Infinity"] } },
        { $float: "NaN" },
      ],
    });
  });

  it("round-trips NaN and ±Inf arguments, and tuples", async () => {
    const args: WireValue[] = [
      { $float: "NaN" },
      { $array: { shape: [2, 1], dtype: "float64", data: ["Infinity", "-Infinity"] } },
    ];
    expect(returned(await call("echo", args))).toEqual({ $tuple: args });
  });

  it("keeps a (3,) bias as shape [3] and reports integer dtypes by name", async () => {
    expect(arrayOf(returned(await call("bias", [3])))).toEqual({
      shape: [3],
      dtype: "float64",
      data: [0, 0, 0],
    });
    expect(arrayOf(returned(await call("int_zeros", [2, 1])))).toEqual({
      shape: [2, 1],
      dtype: "int64",
      data: [0, 0],
    });
  });

  it("encodes numpy scalars as numbers and 0-d arrays with an empty shape", async () => {
    expect(returned(await call("scalars"))).toEqual({
      $list: [7, 0.5, true, { $array: { shape: [], dtype: "float64", data: [3] } }, 2 ** 40],
    });
  });

  it("encodes what JSON cannot carry as $other with the type and a short repr", async () => {
    const value = returned(await call("odd_values"));
    expect(value).toEqual({
      $dict: [
        ["set", { $other: { type: "set", repr: "{1}" } }],
        ["complex", { $other: { type: "complex", repr: "(1+2j)" } }],
        ["3", "int key"],
        ["cycle", { $list: [1, { $other: { type: "list", repr: "[1, [...]]" } }] }],
        ["tuple", { $tuple: [1, "a"] }],
        ["none", null],
        ["strings", { $other: { type: "numpy.ndarray", repr: "array(['a'], dtype='<U1')" } }],
      ],
    });
  });

  it("returns the arguments as they are after the call when asked (a mutated list shows)", async () => {
    const outcome = await call("mutate", [dims(3, 2, 1)], { returnArgs: true });
    expect(outcome).toMatchObject({ status: "returned", value: 4, argsAfter: [{ $list: [-1, 2, 1, 99] }] });
  });

  it("disturbRng changes what an unseeded function draws, not what a seeded one does", async () => {
    const draw = async (fn: string, disturbRng?: number) =>
      arrayOf(returned(await call(fn, [3], { disturbRng }))).data;
    const [a, b] = [await draw("draw", 1), await draw("draw", 2)];
    expect(a).not.toEqual(b);
    expect(await draw("draw", 1)).toEqual(a);
    const seeded = await draw("seeded_draw");
    expect(await draw("seeded_draw", 1)).toEqual(seeded);
    expect(await draw("seeded_draw", 2)).toEqual(seeded);
  });

  it("reports os._exit in a call as a crash with the exit code and stderr, then serves the next call", async () => {
    expect(await call("crash", [3])).toEqual({
      status: "crashed",
      reason:
        "the process running behaviours.py exited with code 3 during the call of crash\nlast lines of stderr:\n  crashing now",
    });
    expect(arrayOf(returned(await call("bias", [1]))).shape).toEqual([1]);
  });

  it("closes fd 3 before the submission runs: writing on it reaches nothing", async () => {
    expect(await call("forge", ["not json\n"])).toMatchObject({
      status: "raised",
      error: { type: "OSError", message: "[Errno 9] Bad file descriptor" },
    });
    expect(returned(await call("bias", [1]))).toBeDefined();
  });

  it("throws for a malformed request, which is a grader bug rather than the student's failure", async () => {
    await expect(
      session.call({ function: "bias", args: [{ $set: [1] } as never], deadlineMs: 100 }),
    ).rejects.toThrow(
      "CallRequest for bias: args[0]: expected one of $float, $array, $list, $tuple, $dict, $other as the only key",
    );
    await expect(
      session.call({ function: "draw", args: [1], disturbRng: -1, deadlineMs: 100 }),
    ).rejects.toThrow("CallRequest for draw: disturbRng: expected an integer from 0 to 2**32 - 1, got -1");
  });

  it("times out an infinite loop, kills everything it started, and serves the next call from a new child", async () => {
    const started = Date.now();
    const spinning = call("spin", ["/tmp/pids"], { deadlineMs: 1000 });
    // The driver and the `sleep 60` it started, both carrying the session's marker in their environment.
    expect(await eventually(() => markedProcesses(marker).length >= 2, 1000)).toBe(true);
    // The driver said where the call was before it was killed: the loop's line, as the student sees it.
    expect(await spinning).toEqual({
      status: "timeout",
      deadlineMs: 1000,
      at: { location: "behaviours.py, line 27", code: "while True:", line: 27 },
    });
    expect(Date.now() - started).toBeLessThan(1000 + 1500);
    expect(await eventually(() => markedProcesses(marker).length === 0, 3000)).toBe(true);
    expect(arrayOf(returned(await call("bias", [2]))).shape).toEqual([2]);
  });
});

describe("python runner: caps", () => {
  it("caps each output stream, counting what was dropped", async () => {
    const session = await openSession(py("behaviours.py"), { functions: [], outputCapBytes: 1000 });
    expect(returned(await session.call({ function: "flood", args: [2000], deadlineMs: 5000 }))).toBe(2000);
    await session.close();
    const outBytes = Array.from({ length: 2000 }, (_, i) => `out line ${i}\n`.length).reduce(
      (a, b) => a + b,
      0,
    );
    const output = session.output();
    expect(output.truncated).toBe(true);
    expect(output.stdout.startsWith("out line 0\nout line 1\n")).toBe(true);
    expect(output.stdout).toMatch(
      new RegExp(
        `\\n\\[grader\\] ${outBytes - 1000} more bytes of stdout not shown \\(limit 1000 bytes\\)\\n$`,
      ),
    );
    expect(output.stderr).toMatch(/\[grader\] \d+ more bytes of stderr not shown \(limit 1000 bytes\)\n$/);
  });

  it("refuses a response over the response cap, then serves the next call", async () => {
    const session = await openSession(py("behaviours.py"), { functions: [], responseCapBytes: 1024 * 1024 });
    expect(await session.call({ function: "big", args: [300_000], deadlineMs: 5000 })).toEqual({
      status: "rejected",
      reason: "the response to big exceeds the 1 MiB response cap",
    });
    expect(
      arrayOf(returned(await session.call({ function: "big", args: [2], deadlineMs: 5000 }))).data,
    ).toEqual([1, 1]);
    await session.close();
  });
});
