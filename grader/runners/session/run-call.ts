// Sends one call to a loaded driver and reads its answer within the deadline.
import { setImmediate as nextTurn } from "node:timers/promises";
import { InfrastructureError } from "../infrastructure-error.js";
import { type CallMessage, checkCallReply, checkStackLine } from "../protocol/messages.js";
import type { CallOutcome, TimeoutLocation } from "../types.js";
import { describeExit, stderrBlock } from "./describe-exit.js";
import type { DriverChild } from "./driver-child.js";

/** The outcome, whether the child must be killed and replaced before the next call, and how many JSON values
 * the session keeps from the reply. */
export interface CallResult {
  readonly outcome: CallOutcome;
  readonly replaceChild: boolean;
  readonly values?: number;
  /** Set when the child sent more than the submission's byte budget: no later call is made. */
  readonly flooded?: boolean;
}

const STDERR_LINES = 8;

function rejected(reason: string): CallResult {
  return { outcome: { status: "rejected", reason }, replaceChild: true };
}

/** Student code shares the driver's process and can write on its channel: a line the driver did not owe. */
export function forged(detail: string): CallResult {
  return rejected(`forged protocol message: ${detail}`);
}

function overCap(message: CallMessage, capBytes: number): string {
  return `the response to ${message.function} exceeds the ${formatBytes(capBytes)} response cap`;
}

function fromLine(text: string, message: CallMessage, capBytes: number): CallResult {
  const what = `the response to ${message.function}`;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return rejected(`${what} is not valid JSON: ${(error as Error).message}`);
  }
  const id = (parsed as { id?: unknown } | null)?.id;
  if (typeof parsed === "object" && parsed !== null && id !== message.id) {
    return forged(`${what} carries id ${JSON.stringify(id) ?? "undefined"}, expected ${message.id}`);
  }
  // The driver measured its reply and sent this instead; the parent's own cap still holds for any other line.
  if ((parsed as { type?: unknown }).type === "too-large") return rejected(overCap(message, capBytes));
  const argCount = message.returnArgs === true ? message.args.length : undefined;
  const checked = checkCallReply(parsed, message.id, argCount);
  if (!checked.ok) return rejected(`${what} is malformed: ${checked.reason}`);
  return { outcome: checked.message, replaceChild: false, values: checked.values };
}

function formatBytes(bytes: number): string {
  return bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MiB` : `${bytes} bytes`;
}

/** Longest line taken for a "stack" line (two bounded texts, escaped); a longer one is the reply, refused. */
const STACK_LINE_MAX_CHARS = 32_000;

function parseStack(text: string): unknown {
  if (text.length > STACK_LINE_MAX_CHARS || !text.includes('"stack"')) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

// Whether a line that came back before a call's reply is a "stack" line (well-formed or not).
function isStackLine(text: string): boolean {
  const parsed = parseStack(text) as { type?: unknown } | null | undefined;
  return typeof parsed === "object" && parsed !== null && parsed.type === "stack";
}

/** A "stack" line (where the call is, sent by the driver shortly before the deadline), or not one. */
function stackLine(text: string, message: CallMessage): TimeoutLocation | CallResult | undefined {
  const checked = checkStackLine(parseStack(text), message.id);
  if (checked === undefined) return undefined;
  return checked.ok
    ? checked.message
    : forged(`the location sent during ${message.function}: ${checked.reason}`);
}

/**
 * Runs one call; a timeout, a crash and a refused answer all come back as outcomes. Exactly one line may
 * answer a request, after at most one "stack" line saying where the call is as its deadline nears: a line that
 * arrived unasked before the request, a reply with another id, or a second line right after the reply is a
 * forged message (the child is then replaced).
 */
export async function runCall(
  child: DriverChild,
  message: CallMessage,
  deadlineMs: number,
  displayName: string,
  responseCapBytes: number,
  floodReason: () => string,
): Promise<CallResult> {
  if (child.takeUnsolicited() > 0) {
    return forged(`a line arrived on the protocol channel before ${message.function} was called`);
  }
  child.send(message, isStackLine);
  const until = performance.now() + deadlineMs;
  let event = await child.next(deadlineMs);
  let at: TimeoutLocation | undefined;
  if (event.kind === "line") {
    const stack = stackLine(event.text, message);
    if (stack !== undefined && "outcome" in stack) return stack;
    if (stack !== undefined) {
      at = stack;
      event = await child.next(Math.max(0, until - performance.now()));
    }
  }
  switch (event.kind) {
    case "line": {
      // The driver flushed stdout and stderr before replying; let the loop read what is already in the pipes.
      await nextTurn();
      await nextTurn();
      const result = fromLine(event.text, message, responseCapBytes);
      if (child.takeUnsolicited() > 0 && result.outcome.status !== "rejected") {
        return forged(`more than one reply to the call of ${message.function}`);
      }
      return result;
    }
    case "overflow":
      return rejected(overCap(message, responseCapBytes));
    case "flood":
      return { ...rejected(floodReason()), flooded: true };
    case "deadline":
      return {
        outcome: { status: "timeout", deadlineMs, ...(at === undefined ? {} : { at }) },
        replaceChild: true,
      };
    case "exit": {
      const how = describeExit(event.exit);
      const reason = `the process running ${displayName} ${how} during the call of ${message.function}`;
      return {
        outcome: { status: "crashed", reason: reason + stderrBlock(child.stderrTail(STDERR_LINES)) },
        replaceChild: true,
      };
    }
    case "spawn-error":
      throw new InfrastructureError(`the driver for ${displayName} failed: ${event.message}`);
  }
}
