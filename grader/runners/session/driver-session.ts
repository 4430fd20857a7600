// A SubmissionSession served by driver processes: one at a time, replaced after a timeout, crash or bad answer.
import type { NormalizedSessionOptions } from "../options.js";
import { wireValueProblem } from "../protocol/check-wire-value.js";
import type { CallMessage, LoadRequest } from "../protocol/messages.js";
import { MAX_NOTES, MAX_WARNINGS } from "../protocol/reply-schema.js";
import type { LaunchSpec } from "../spawn-child.js";
import type {
  CallOutcome,
  CallRequest,
  CapturedOutput,
  GraderNote,
  IsolationInForce,
  SubmissionSession,
} from "../types.js";
import { awaitLoad, type LoadState } from "./await-load.js";
import { CappedStream } from "./capped-stream.js";
import { DriverChild } from "./driver-child.js";
import { runCall } from "./run-call.js";
import { SubmissionBudget } from "./submission-budget.js";

/** Most notes a session keeps over all its loads: one load's worth of notes and warnings. */
const MAX_SESSION_NOTES = MAX_NOTES + MAX_WARNINGS;

/** numpy's legacy seeds are 32-bit unsigned integers. */
const MAX_SEED = 0xffffffff;

// A malformed request is a bug in the grader, not the student's failure: it throws.
function checkRequest(request: CallRequest): void {
  request.args.forEach((arg, i) => {
    const problem = wireValueProblem(arg, `args[${i}]`);
    if (problem !== undefined) throw new TypeError(`CallRequest for ${request.function}: ${problem}`);
  });
  const seed = request.disturbRng;
  if (seed !== undefined && !(Number.isInteger(seed) && seed >= 0 && seed <= MAX_SEED)) {
    throw new TypeError(
      `CallRequest for ${request.function}: disturbRng: expected an integer from 0 to 2**32 - 1, got ${seed}`,
    );
  }
}

/** What a runner hands the session: how to start its driver and what to ask it to load. */
export interface DriverPlan {
  readonly displayName: string;
  readonly launch: LaunchSpec;
  readonly load: LoadRequest;
  /** The sandbox the launch runs in, and what it leaves unprotected. */
  readonly isolation: IsolationInForce;
  /** Notes known before the driver starts (what bundling replaced). */
  readonly notes?: readonly GraderNote[];
  /** Removes what the plan made (the staging folder); called once by close(). */
  readonly dispose?: () => Promise<void>;
}

/**
 * Serves calls in order, each with its own deadline, within the submission's budget (time over all calls,
 * bytes sent, values kept); a failed load, or a spent budget, answers every later call the same way.
 */
export class DriverSession implements SubmissionSession {
  readonly #plan: DriverPlan;
  readonly #options: NormalizedSessionOptions;
  readonly #stdout: CappedStream;
  readonly #stderr: CappedStream;
  readonly #notes = new Map<string, GraderNote>();
  readonly #budget: SubmissionBudget;
  #child: DriverChild | undefined;
  #loaded: Promise<LoadState> | undefined;
  #lasting: CallOutcome | undefined;
  #queue: Promise<unknown> = Promise.resolve();
  #nextId = 1;
  #closed = false;
  #closing: Promise<void> | undefined;

  constructor(plan: DriverPlan, options: NormalizedSessionOptions) {
    this.#plan = plan;
    this.#options = options;
    this.#stdout = new CappedStream("stdout", options.outputCapBytes);
    this.#stderr = new CappedStream("stderr", options.outputCapBytes);
    this.#budget = new SubmissionBudget(options);
    for (const note of plan.notes ?? []) this.#keepNote(note);
    this.#start();
  }

  /** Calls are queued: the driver serves one at a time. */
  call(request: CallRequest): Promise<CallOutcome> {
    if (this.#closed) return Promise.reject(new Error("SubmissionSession.call: the session is closed"));
    try {
      checkRequest(request);
    } catch (error) {
      return Promise.reject(error);
    }
    const run = this.#queue.then(() => this.#call(request));
    this.#queue = run.catch(() => {});
    return run;
  }

  output(): CapturedOutput {
    return {
      stdout: this.#stdout.text(),
      stderr: this.#stderr.text(),
      truncated: this.#stdout.truncated || this.#stderr.truncated,
    };
  }

  notes(): readonly GraderNote[] {
    return [...this.#notes.values()];
  }

  isolation(): IsolationInForce {
    return this.#plan.isolation;
  }

  /** Waits for queued calls, kills the process group and removes the plan's files; safe to call twice. */
  close(): Promise<void> {
    this.#closed = true;
    this.#closing ??= (async () => {
      await this.#queue;
      await this.#child?.kill();
      this.#child = undefined;
      await this.#plan.dispose?.();
    })();
    return this.#closing;
  }

  #start(): void {
    const child = new DriverChild(
      this.#plan.launch,
      this.#options.responseCapBytes,
      { stdout: this.#stdout, stderr: this.#stderr },
      (bytes) => this.#budget.receive(bytes),
    );
    child.send({ ...this.#plan.load, replyCapBytes: this.#options.responseCapBytes });
    this.#child = child;
    const left = this.#budget.leftMs;
    const clipped = left < this.#options.loadDeadlineMs;
    const loadDeadlineMs = Math.max(1, clipped ? left : this.#options.loadDeadlineMs);
    const why = clipped ? "what was left of its submission budget" : undefined;
    const started = performance.now();
    // A load counts against the budget from its start, even while no call waits for it.
    this.#loaded = awaitLoad(child, this.#plan.displayName, loadDeadlineMs, why).then((state) => {
      this.#budget.spend(performance.now() - started, 0);
      return state;
    });
    this.#loaded.catch(() => {}); // rethrown to the first call that awaits it
  }

  async #call(request: CallRequest): Promise<CallOutcome> {
    if (this.#lasting !== undefined) return this.#lasting;
    const spent = this.#budget.verdict();
    if (spent !== undefined) return this.#stop({ status: "rejected", reason: spent });
    if (this.#child === undefined) this.#start();
    const child = this.#child as DriverChild;
    const outcome = await this.#loadAndCall(child, request);
    this.#budget.spend(outcome.elapsedMs ?? 0, outcome.values ?? 0);
    if (outcome.flooded) return this.#stop({ status: "rejected", reason: this.#budget.bytesVerdict() });
    // A call cut short by the budget, not by its own deadline, says so.
    const verdict = this.#budget.verdict();
    if (
      verdict !== undefined &&
      (outcome.outcome.status === "timeout" || outcome.outcome.status === "returned")
    )
      return this.#stop({ status: "rejected", reason: verdict });
    return outcome.outcome;
  }

  async #loadAndCall(
    child: DriverChild,
    request: CallRequest,
  ): Promise<{ outcome: CallOutcome; values?: number; flooded?: boolean; elapsedMs?: number }> {
    const state = await (this.#loaded as Promise<LoadState>);
    const started = performance.now();
    if (!state.ok) {
      this.#lasting = state.outcome;
      await child.kill();
      return { outcome: state.outcome };
    }
    // A replacement child loads again and says the same: each note is kept once.
    for (const warning of state.warnings) this.#keepNote({ kind: "warning", message: warning });
    for (const note of state.notes) this.#keepNote(note);
    const asked =
      Number.isFinite(request.deadlineMs) && request.deadlineMs > 0
        ? request.deadlineMs
        : this.#options.defaultDeadlineMs;
    const deadlineMs = Math.max(1, Math.min(asked, this.#budget.leftMs));
    const message: CallMessage = {
      op: "call",
      id: this.#nextId++,
      function: request.function,
      args: request.args,
      ...(request.disturbRng === undefined ? {} : { disturbRng: request.disturbRng }),
      ...(request.returnArgs === true ? { returnArgs: true } : {}),
      deadlineMs,
    };
    const result = await runCall(
      child,
      message,
      deadlineMs,
      this.#plan.displayName,
      this.#options.responseCapBytes,
      () => this.#budget.bytesVerdict(),
    );
    if (result.replaceChild) {
      await child.kill();
      this.#child = undefined;
    }
    const elapsedMs = performance.now() - started;
    return { outcome: result.outcome, values: result.values, flooded: result.flooded, elapsedMs };
  }

  // Each load's notes are bounded, but a submission can make every replacement child say new ones.
  #keepNote(note: GraderNote): void {
    if (this.#notes.size < MAX_SESSION_NOTES || this.#notes.has(note.message))
      this.#notes.set(note.message, note);
  }

  // From now on every call gets `outcome` at once; the child is killed.
  async #stop(outcome: CallOutcome): Promise<CallOutcome> {
    this.#lasting = outcome;
    await this.#child?.kill();
    this.#child = undefined;
    return outcome;
  }
}
