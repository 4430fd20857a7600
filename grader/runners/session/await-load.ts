// Waits for a fresh driver to load the submission and turns its answer into ready or a lasting outcome.
import { InfrastructureError } from "../infrastructure-error.js";
import { checkLoadReply } from "../protocol/messages.js";
import type { CallOutcome, GraderNote } from "../types.js";
import { describeExit, stderrBlock } from "./describe-exit.js";
import type { DriverChild } from "./driver-child.js";

/** A loaded driver with its warnings and notes, or the outcome every call of the session gets from now on. */
export type LoadState =
  | { readonly ok: true; readonly warnings: readonly string[]; readonly notes: readonly GraderNote[] }
  | { readonly ok: false; readonly outcome: CallOutcome };

const STDERR_LINES = 8;

function loadFailed(type: string, message: string, traceback = ""): LoadState {
  return { ok: false, outcome: { status: "load-failed", error: { type, message, traceback } } };
}

/** Reads the driver's first message within the load deadline. */
export async function awaitLoad(
  child: DriverChild,
  displayName: string,
  deadlineMs: number,
  /** Why the deadline is what it is, when not the load deadline itself (said in a timeout's message). */
  deadlineReason?: string,
): Promise<LoadState> {
  const event = await child.next(deadlineMs);
  switch (event.kind) {
    case "spawn-error":
      throw new InfrastructureError(`the driver for ${displayName} could not be started: ${event.message}`);
    case "deadline":
      return loadFailed(
        "LoadTimeout",
        `${displayName} did not finish loading within ${deadlineMs} ms${deadlineReason === undefined ? "" : ` (${deadlineReason})`}`,
      );
    case "exit": {
      const tail = stderrBlock(child.stderrTail(STDERR_LINES));
      return loadFailed(
        "ProcessExit",
        `${displayName} ${describeExit(event.exit)} while loading`,
        tail.trimStart(),
      );
    }
    case "flood":
      return {
        ok: false,
        outcome: {
          status: "rejected",
          reason: `${displayName} sent more than its protocol channel may carry while loading`,
        },
      };
    case "overflow":
      return {
        ok: false,
        outcome: {
          status: "rejected",
          reason: `the answer to loading ${displayName} exceeds the response cap`,
        },
      };
    case "line": {
      let parsed: unknown;
      try {
        parsed = JSON.parse(event.text);
      } catch (error) {
        const reason = `the answer to loading ${displayName} is not valid JSON: ${(error as Error).message}`;
        return { ok: false, outcome: { status: "rejected", reason } };
      }
      const checked = checkLoadReply(parsed);
      if (!checked.ok) {
        return {
          ok: false,
          outcome: {
            status: "rejected",
            reason: `the answer to loading ${displayName} is malformed: ${checked.reason}`,
          },
        };
      }
      const reply = checked.message;
      return reply.type === "ready"
        ? { ok: true, warnings: reply.warnings, notes: reply.notes }
        : { ok: false, outcome: { status: "load-failed", error: reply.error } };
    }
  }
}
