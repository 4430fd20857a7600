// A driver's answers are bounded, validated by the compiled schemas, and checked for what a schema cannot say,
// before they become outcomes; every refusal names the field at fault.
import { describe, expect, it } from "vitest";
import { checkCallReply, checkLoadReply, checkStackLine } from "../../../grader/runners/protocol/messages.js";
import { measureReply, REPLY_BOUNDS } from "../../../grader/runners/protocol/reply-bounds.js";
import { MAX_NOTE_CHARS, MAX_NOTES } from "../../../grader/runners/protocol/reply-schema.js";

describe("checkLoadReply", () => {
  it("accepts ready and load-failed, and the optional notes a newer driver adds", () => {
    expect(checkLoadReply({ type: "ready", warnings: ["w"] })).toEqual({
      ok: true,
      message: { type: "ready", warnings: ["w"], notes: [] },
      values: 4,
    });
    const error = { type: "SyntaxError", message: "m", traceback: "t", line: 3, column: 7 };
    expect(checkLoadReply({ type: "load-failed", error })).toEqual({
      ok: true,
      message: { type: "load-failed", error: { type: "SyntaxError", message: "m", traceback: "t", line: 3 } },
      values: 8,
    });
  });

  it("carries the grader's notes and an error's location, and bounds them", () => {
    const note = {
      kind: "not-run",
      message: "cell In [5] trains the model: not needed",
      location: "cell In [5]",
    };
    expect(
      checkLoadReply({ type: "ready", warnings: [], notes: [note, { kind: "k", message: "m" }] }),
    ).toEqual({
      ok: true,
      message: { type: "ready", warnings: [], notes: [note, { kind: "k", message: "m" }] },
      values: 11,
    });
    const error = { type: "E", message: "m", traceback: "t", location: "cell In [2], line 4" };
    expect(checkLoadReply({ type: "load-failed", error })).toEqual({
      ok: true,
      message: { type: "load-failed", error },
      values: 7,
    });
  });

  it.each([
    [{ type: "hello" }, 'type: expected "ready" or "load-failed", got "hello"'],
    [
      { type: "load-failed", error: { type: "E", message: "m", traceback: "t", line: 0 } },
      "error.line: must be null or must be >= 1",
    ],
    [{ type: "ready" }, "the message: must have required property 'warnings'"],
    [{ type: "ready", warnings: Array(101).fill("w") }, "warnings: must NOT have more than 100 items"],
    [
      { type: "load-failed", error: { type: "E", message: "m", traceback: "x".repeat(16_001) } },
      "error.traceback: must NOT have more than 16000 characters",
    ],
    [
      { type: "load-failed", error: { type: "E", message: "m", traceback: "t", location: { cell: 2 } } },
      "error.location: must be string",
    ],
    [
      { type: "ready", warnings: [], notes: [{ kind: "k" }] },
      "notes[0]: must have required property 'message'",
    ],
    [
      { type: "ready", warnings: [], notes: Array(MAX_NOTES + 1).fill({ kind: "k", message: "m" }) },
      `notes: must NOT have more than ${MAX_NOTES} items`,
    ],
    [
      { type: "ready", warnings: [], notes: [{ kind: "k", message: "x".repeat(MAX_NOTE_CHARS + 1) }] },
      `notes[0].message: must NOT have more than ${MAX_NOTE_CHARS} characters`,
    ],
    [
      { type: "ready", warnings: [], notes: [{ kind: "k", message: "m", location: 3 }] },
      "notes[0].location: must be string",
    ],
  ])("refuses %#", (value, reason) => {
    expect(checkLoadReply(value)).toEqual({ ok: false, reason });
  });
});

describe("checkStackLine", () => {
  it("reads where a call is, for the expected id only; other lines are not stack lines", () => {
    expect(
      checkStackLine({ type: "stack", id: 2, location: "f.py, line 9", code: "while True:", line: 9 }, 2),
    ).toEqual({
      ok: true,
      message: { location: "f.py, line 9", code: "while True:", line: 9 },
      values: 6,
    });
    expect(checkStackLine({ type: "stack", id: 2, location: "cell In [3], line 2", code: "x" }, 2)).toEqual({
      ok: true,
      message: { location: "cell In [3], line 2", code: "x" },
      values: 5,
    });
    expect(checkStackLine({ type: "result", id: 2 }, 2)).toBeUndefined();
    expect(checkStackLine("stack", 2)).toBeUndefined();
  });

  it.each([
    [{ type: "stack", id: 1, location: "l", code: "c" }, "id: expected 2, got 1"],
    [{ type: "stack", id: 2, location: 5, code: "c" }, "location: must be string"],
    [{ type: "stack", id: 2, location: "l" }, "the message: must have required property 'code'"],
    [{ type: "stack", id: 2, location: "l", code: "c", line: -1 }, "line: must be >= 1"],
    [
      { type: "stack", id: 2, location: "l", code: "x".repeat(MAX_NOTE_CHARS + 1) },
      `code: must NOT have more than ${MAX_NOTE_CHARS} characters`,
    ],
  ])("refuses %#", (value, reason) => {
    expect(checkStackLine(value, 2)).toEqual({ ok: false, reason });
  });
});

describe("checkCallReply", () => {
  it("accepts each status for the expected id", () => {
    expect(
      checkCallReply({ type: "result", id: 4, status: "returned", value: 1, durationMs: 0.5 }, 4),
    ).toEqual({ ok: true, message: { status: "returned", value: 1, durationMs: 0.5 }, values: 6 });
    expect(checkCallReply({ type: "result", id: 4, status: "missing", available: ["f"] }, 4)).toMatchObject({
      ok: true,
    });
    const raised = {
      type: "result",
      id: 4,
      status: "raised",
      error: { type: "E", message: "", traceback: "" },
    };
    expect(checkCallReply(raised, 4)).toMatchObject({ ok: true });
    const withArgs = { type: "result", id: 4, status: "returned", value: 1, durationMs: 0, argsAfter: [2] };
    expect(checkCallReply(withArgs, 4, 1)).toMatchObject({ ok: true, message: { argsAfter: [2] } });
  });

  it.each([
    [{ type: "result", id: 3, status: "returned", value: 1, durationMs: 0 }, "id: expected 4, got 3"],
    [{ type: "result", id: 4, status: "won", value: 1 }, 'status: unknown status "won"'],
    [
      { type: "result", id: 4, status: "returned", value: { $list: [{}] }, durationMs: 0 },
      "value.$list[0]: expected one of $float, $array, $list, $tuple, $dict, $other as the only key",
    ],
    [
      {
        type: "result",
        id: 4,
        status: "returned",
        value: { $array: { shape: [2], dtype: "f8", data: [1] } },
        durationMs: 0,
      },
      "value.$array: shape [2] needs 2 values, got 1",
    ],
    [
      { type: "result", id: 4, status: "returned", value: 1 },
      "the message: must have required property 'durationMs'",
    ],
    [
      { type: "result", id: 4, status: "returned", value: 1, durationMs: 0, argsAfter: [{ $x: 1 }] },
      "argsAfter[0]: expected one of $float, $array, $list, $tuple, $dict, $other as the only key",
    ],
    [
      {
        type: "result",
        id: 4,
        status: "raised",
        error: { type: "E", message: "m", traceback: "x".repeat(16_001) },
      },
      "error.traceback: must NOT have more than 16000 characters",
    ],
    [{ type: "result", id: 4, status: "missing", available: [1] }, "available[0]: must be string"],
    [
      { type: "protocol-error", id: 4, message: "bad argument" },
      "the driver refused the request: bad argument",
    ],
    ["text", "expected a JSON object"],
  ])("refuses %j", (value, reason) => {
    expect(checkCallReply(value, 4)).toEqual({ ok: false, reason });
  });

  it("refuses a reply without the arguments the call asked back (a zero for the student, not a grader error)", () => {
    const reply = { type: "result", id: 4, status: "returned", value: 1, durationMs: 0 };
    expect(checkCallReply(reply, 4, 1)).toEqual({
      ok: false,
      reason: "argsAfter: missing (the call asked for the arguments back)",
    });
    expect(checkCallReply({ ...reply, argsAfter: [] }, 4, 1)).toEqual({
      ok: false,
      reason: "argsAfter: expected 1 values, got 0",
    });
  });
});

describe("reply bounds", () => {
  it("refuses more values than the bound before looking inside, without building a stack per value", () => {
    const wide = {
      type: "result",
      id: 4,
      status: "returned",
      value: { $list: Array(1_000_001).fill(0) },
      durationMs: 0,
    };
    expect(checkCallReply(wide, 4)).toEqual({ ok: false, reason: "it holds more than 1000000 values" });
  });

  it("refuses nesting 100 000 levels deep without overflowing the grader's stack", () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = { $list: [deep] };
    const reply = { type: "result", id: 4, status: "returned", value: deep, durationMs: 0 };
    expect(checkCallReply(reply, 4)).toEqual({ ok: false, reason: "it nests deeper than 200 levels" });
  });

  it("counts string characters, keys included", () => {
    expect(measureReply({ ab: "cde" }, { ...REPLY_BOUNDS, maxStringChars: 4 })).toEqual({
      ok: false,
      reason: "its strings hold more than 4 characters",
    });
    expect(measureReply({ ab: "cd" }, { ...REPLY_BOUNDS, maxStringChars: 4 })).toEqual({
      ok: true,
      values: 2,
    });
  });
});
