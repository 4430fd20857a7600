// Student code shares its driver's process, so it can find the protocol socket and write on it: every line the
// driver did not owe is refused as a forged protocol message, and the child is replaced.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { openSession } from "../../grader/runners/open-session.js";
import type { CallOutcome, SubmissionSession } from "../../grader/runners/types.js";
import { returned } from "./support/runner-helpers.js";

const scratch = mkdtempSync(join(tmpdir(), "nn-grader-forge-test-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Functions that find the channel by scanning the open descriptors, as a determined submission would. */
const FORGER = `
import os, stat, sys, threading, time

def _sockets():
    for fd in range(1024):
        try:
            if stat.S_ISSOCK(os.fstat(fd).st_mode):
                yield fd
        except OSError:
            pass

def _write(line):
    for fd in _sockets():
        os.write(fd, line.encode() + b"\\n")

def _reply(request_id, value):
    return '{"type":"result","id":%d,"status":"returned","value":%s,"durationMs":0}' % (request_id, value)

def wrong_id():
    _write(_reply(999999, 1))
    return 2

def right_id_then_return():
    # The request's id, read from the driver's frame: the forged line is a well-formed reply to this call.
    request = sys._getframe(1).f_locals["request"]
    _write(_reply(request["id"], 1))
    return 2

def right_id_then_exit():
    request = sys._getframe(1).f_locals["request"]
    _write(_reply(request["id"], 1))
    os._exit(0)

def _stack(request_id, code):
    return '{"type":"stack","id":%d,"location":"forger.py, line 1","code":"%s"}' % (request_id, code)

def stack_then_return():
    request = sys._getframe(1).f_locals["request"]
    _write(_stack(request["id"], "x"))
    return 5

def two_stacks():
    request = sys._getframe(1).f_locals["request"]
    _write(_stack(request["id"], "x"))
    _write(_stack(request["id"], "y"))
    return 6

def stack_with_wrong_id():
    _write(_stack(999999, "x"))
    return 7

def later(seconds):
    threading.Thread(target=lambda: (time.sleep(seconds), _write(_reply(0, 1)))).start()
    return 3

def ok():
    return 4

def channel_fd():
    return list(_sockets())
`;

let session: SubmissionSession;
const call = (fn: string, args: number[] = []): Promise<CallOutcome> =>
  session.call({ function: fn, args, deadlineMs: 3000 });

beforeEach(async () => {
  const file = join(scratch, "forger.py");
  writeFileSync(file, FORGER);
  session = await openSession(file, { functions: [] });
});
afterEach(() => session.close());

describe("forged protocol messages", () => {
  it("moves the channel off fd 3 to a high descriptor (stdout and stderr are socket pairs too)", async () => {
    const fds = (returned(await call("channel_fd")) as { $list: number[] }).$list;
    expect(fds.filter((fd) => fd > 2)).toEqual([expect.any(Number)]);
    expect(fds.at(-1)).toBeGreaterThanOrEqual(64);
  });

  it("refuses a reply with another id, then serves the next call from a new child", async () => {
    expect(await call("wrong_id")).toEqual({
      status: "rejected",
      reason: "forged protocol message: the response to wrong_id carries id 999999, expected 1",
    });
    expect(returned(await call("ok"))).toBe(4);
  });

  it("refuses a well-formed reply followed by the driver's own: more than one reply", async () => {
    const first = await call("right_id_then_return");
    if (first.status === "rejected") {
      expect(first.reason).toBe(
        "forged protocol message: more than one reply to the call of right_id_then_return",
      );
    } else {
      // On a busy machine the driver's own reply may come after the parent looked: the forged one was taken
      // (a value the function could have returned), and the late genuine one spoils the next call instead.
      expect(first).toMatchObject({ status: "returned", value: 1 });
      const next = await call("ok");
      expect(next.status === "rejected" && next.reason).toMatch(/^forged protocol message: /);
    }
    expect(returned(await call("ok"))).toBe(4);
  });

  it("takes a forged reply whose driver never answers as what the function returned: data, checked like any value", async () => {
    expect(await call("right_id_then_exit")).toMatchObject({ status: "returned", value: 1 });
  });

  it("takes one stack line before the reply and keeps waiting for the reply; a second is refused", async () => {
    expect(returned(await call("stack_then_return"))).toBe(5);
    expect(await call("two_stacks")).toEqual({
      status: "rejected",
      reason: 'the response to two_stacks is malformed: type: expected "result", got "stack"',
    });
    expect(await call("stack_with_wrong_id")).toEqual({
      status: "rejected",
      reason:
        "forged protocol message: the location sent during stack_with_wrong_id: id: expected 3, got 999999",
    });
    expect(returned(await call("ok"))).toBe(4);
  });

  it("refuses the next call when a line arrived between calls", async () => {
    expect(returned(await call("later", [0.05]))).toBe(3);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(await call("ok")).toEqual({
      status: "rejected",
      reason: "forged protocol message: a line arrived on the protocol channel before ok was called",
    });
    expect(returned(await call("ok"))).toBe(4);
  });
});
