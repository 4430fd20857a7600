// A driver's answers are checked for shape before they become outcomes.
import { describe, expect, it } from "vitest";
import {
  checkCallReply,
  checkLoadReply,
  checkStackLine,
  NOTES_CAP,
} from "../../../grader/runners/protocol/messages.js";

describe("checkLoadReply", () => {
  it("accepts ready and load-failed", () => {
    expect(checkLoadReply({ type: "ready", warnings: ["w"] })).toEqual({
      ok: true,
      message: { type: "ready", warnings: ["w"], notes: [] },
    });
    const error = { type: "SyntaxError", message: "m", traceback: "t", line: 3 };
    expect(checkLoadReply({ type: "load-failed", error })).toEqual({
      ok: true,
      message: { type: "load-failed", error },
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
    });
    const error = { type: "E", message: "m", traceback: "t", location: "cell In [2], line 4" };
    expect(checkLoadReply({ type: "load-failed", error })).toEqual({
      ok: true,
      message: { type: "load-failed", error },
    });
    expect(checkLoadReply({ type: "ready", warnings: [], notes: [{ kind: "k" }] })).toEqual({
      ok: false,
      reason: "notes[0].message: expected a string of at most 2000 characters",
    });
    const many = Array.from({ length: NOTES_CAP + 1 }, () => ({ kind: "k", message: "m" }));
    expect(checkLoadReply({ type: "ready", warnings: [], notes: many })).toEqual({
      ok: false,
      reason: `notes: expected at most ${NOTES_CAP}, got ${NOTES_CAP + 1}`,
    });
    expect(checkLoadReply({ type: "load-failed", error: { ...error, location: 3 } })).toEqual({
      ok: false,
      reason: "error.location: expected a string",
    });
  });

  it("names what is wrong otherwise", () => {
    expect(checkLoadReply({ type: "hello" })).toEqual({
      ok: false,
      reason: 'type: expected "ready" or "load-failed", got "hello"',
    });
    expect(
      checkLoadReply({ type: "load-failed", error: { type: "E", message: "m", traceback: "t", line: 0 } }),
    ).toEqual({
      ok: false,
      reason: "error.line: expected a positive integer",
    });
  });
});

describe("checkStackLine", () => {
  it("reads where a call is, for the expected id only; other lines are not stack lines", () => {
    expect(
      checkStackLine({ type: "stack", id: 2, location: "f.py, line 9", code: "while True:", line: 9 }, 2),
    ).toEqual({
      ok: true,
      message: { location: "f.py, line 9", code: "while True:", line: 9 },
    });
    expect(
      checkStackLine({ type: "stack", id: 2, location: "cell In [3], line 2", code: "x", line: -1 }, 2),
    ).toEqual({
      ok: true,
      message: { location: "cell In [3], line 2", code: "x" },
    });
    expect(checkStackLine({ type: "stack", id: 1, location: "l", code: "c" }, 2)).toEqual({
      ok: false,
      reason: "id: expected 2, got 1",
    });
    expect(checkStackLine({ type: "stack", id: 2, location: 5, code: "c" }, 2)).toEqual({
      ok: false,
      reason: "location and code: expected strings",
    });
    expect(checkStackLine({ type: "result", id: 2 }, 2)).toBeUndefined();
  });
});

describe("checkCallReply", () => {
  it("accepts each status for the expected id", () => {
    expect(
      checkCallReply({ type: "result", id: 4, status: "returned", value: 1, durationMs: 0.5 }, 4),
    ).toEqual({
      ok: true,
      message: { status: "returned", value: 1, durationMs: 0.5 },
    });
    expect(checkCallReply({ type: "result", id: 4, status: "missing", available: ["f"] }, 4)).toMatchObject({
      ok: true,
    });
    expect(
      checkCallReply(
        { type: "result", id: 4, status: "raised", error: { type: "E", message: "", traceback: "" } },
        4,
      ),
    ).toMatchObject({
      ok: true,
    });
  });

  it.each([
    [{ type: "result", id: 3, status: "returned", value: 1, durationMs: 0 }, "id: expected 4, got 3"],
    [{ type: "result", id: 4, status: "won", value: 1 }, 'status: unknown status "won"'],
    [
      { type: "result", id: 4, status: "returned", value: { $list: [{}] }, durationMs: 0 },
      "value.$list[0]: expected one of $float, $array, $list, $tuple, $dict, $other as the only key",
    ],
    [{ type: "result", id: 4, status: "returned", value: 1 }, "durationMs: expected a non-negative number"],
    [
      { type: "result", id: 4, status: "returned", value: 1, durationMs: 0, argsAfter: [{ $x: 1 }] },
      "argsAfter[0]: expected one of $float, $array, $list, $tuple, $dict, $other as the only key",
    ],
    [
      { type: "protocol-error", id: 4, message: "bad argument" },
      "the driver refused the request: bad argument",
    ],
    ["text", "expected a JSON object"],
  ])("refuses %j", (value, reason) => {
    expect(checkCallReply(value, 4)).toEqual({ ok: false, reason });
  });
});
