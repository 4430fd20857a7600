// A driver's answers are checked for shape before they become outcomes.
import { describe, expect, it } from "vitest";
import { checkCallReply, checkLoadReply } from "../../../grader/runners/protocol/messages.js";

describe("checkLoadReply", () => {
  it("accepts ready and load-failed", () => {
    expect(checkLoadReply({ type: "ready", warnings: ["w"] })).toEqual({
      ok: true,
      message: { type: "ready", warnings: ["w"] },
    });
    const error = { type: "SyntaxError", message: "m", traceback: "t", line: 3 };
    expect(checkLoadReply({ type: "load-failed", error })).toEqual({
      ok: true,
      message: { type: "load-failed", error },
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
