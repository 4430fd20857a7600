// One driver process seen from the parent: protocol lines in, requests out, output captured, exit observed.
import { once } from "node:events";
import type { Socket } from "node:net";
import { LineSplitter, type SplitEvent } from "../protocol/line-splitter.js";
import { type DriverProcess, killChild, type LaunchSpec, spawnChild } from "../spawn-child.js";
import { type CappedStream, StderrTail } from "./capped-stream.js";

/** How a driver process ended: an exit code, or the signal that killed it. */
export interface ChildExit {
  readonly code: number | null;
  readonly signal: string | null;
}

/** What the parent can wait for: a protocol line, an over-long line, more bytes than the submission may send,
 * the process's end, or its deadline. */
export type ChildEvent =
  | SplitEvent
  | { readonly kind: "flood" }
  | { readonly kind: "exit"; readonly exit: ChildExit }
  | { readonly kind: "deadline" }
  | { readonly kind: "spawn-error"; readonly message: string };

/** Where a child's output goes: the session's capped streams, shared by every child it starts. */
export interface OutputSinks {
  readonly stdout: CappedStream;
  readonly stderr: CappedStream;
}

/** How long to wait, after the process exits, for its pipes to drain (unless something outside the group holds them). */
const DRAIN_GRACE_MS = 200;

/**
 * A started driver process with an event queue over its fd-3 channel. Only a line the parent is waiting for
 * (one per message sent) is queued; any other line is dropped and counted, so a flood costs no memory.
 */
export class DriverChild {
  readonly #process: DriverProcess;
  readonly #marker: string | undefined;
  readonly #channel: Socket;
  readonly #tail = new StderrTail();
  readonly #queue: ChildEvent[] = [];
  #wake: (() => void) | undefined;
  #ended = false;
  #drained: Promise<void> | undefined;
  /** Lines owed by the child: one per message sent, not yet answered. */
  #owed = 0;
  #unsolicited = 0;
  /** Tells whether the first line after a message precedes its answer rather than being it (one at most). */
  #preamble: ((line: string) => boolean) | undefined;

  /** `allowBytes(n)` is told of every chunk on the channel; once it answers false, the channel is closed. */
  constructor(
    spec: LaunchSpec,
    responseCapBytes: number,
    sinks: OutputSinks,
    allowBytes: (bytes: number) => boolean = () => true,
  ) {
    this.#process = spawnChild(spec);
    this.#marker = spec.marker;
    this.#channel = this.#process.stdio[3] as Socket;
    const splitter = new LineSplitter(responseCapBytes);
    this.#channel.on("data", (chunk: Buffer) => {
      if (!allowBytes(chunk.length)) {
        this.#channel.destroy();
        this.#push({ kind: "flood" });
        return;
      }
      for (const event of splitter.push(chunk)) this.#accept(event);
    });
    this.#channel.on("error", () => {}); // EPIPE after the child died; its exit is reported instead
    this.#process.stdout.on("data", (chunk: Buffer) => sinks.stdout.append(chunk));
    this.#process.stderr.on("data", (chunk: Buffer) => {
      sinks.stderr.append(chunk);
      this.#tail.append(chunk);
    });
    this.#process.on("error", (error) => this.#end({ kind: "spawn-error", message: error.message }));
    this.#process.once("exit", (code, signal) => {
      this.#drained = this.#afterExit({ code, signal });
    });
    this.#process.catch(() => {}); // reject: false; spawn failures arrive as the "error" event above
  }

  /** The process id, which is also its process-group id. */
  get pid(): number | undefined {
    return this.#process.pid;
  }

  /** True once the process has exited (or failed to start). */
  get ended(): boolean {
    return this.#ended;
  }

  /**
   * Sends one JSON message as one line on fd 3; the child owes one line in answer. When `preamble` holds for
   * the first line that comes back, that line is queued too and the answer is still owed.
   */
  send(message: unknown, preamble?: (line: string) => boolean): void {
    if (this.#ended) return;
    this.#owed++;
    this.#preamble = preamble;
    this.#channel.write(`${JSON.stringify(message)}\n`);
  }

  /** How many lines arrived unasked (dropped) since the last time this was asked; resets the count. */
  takeUnsolicited(): number {
    const count = this.#unsolicited;
    this.#unsolicited = 0;
    return count;
  }

  /** The next event, or `deadline` when none arrives within `deadlineMs`. */
  async next(deadlineMs: number): Promise<ChildEvent> {
    const until = performance.now() + deadlineMs;
    for (;;) {
      const ready = this.#queue.shift();
      if (ready !== undefined) return ready;
      const left = until - performance.now();
      if (left <= 0) return { kind: "deadline" };
      let timer: NodeJS.Timeout | undefined;
      await new Promise<void>((resolve) => {
        this.#wake = resolve;
        timer = setTimeout(resolve, left);
      });
      clearTimeout(timer);
      this.#wake = undefined;
    }
  }

  /** The last few lines the process wrote to stderr, to explain a crash. */
  stderrTail(count: number): string[] {
    return this.#tail.lastLines(count);
  }

  /** Kills the whole process tree and waits until it has exited and its output has been read. */
  async kill(): Promise<void> {
    const pid = this.#process.pid;
    if (pid !== undefined) await killChild(pid, this.#marker);
    if (
      this.#drained === undefined &&
      this.#process.exitCode === null &&
      this.#process.signalCode === null &&
      pid !== undefined
    ) {
      await once(this.#process, "exit").catch(() => {});
    }
    await this.#drained;
    this.#channel.destroy();
  }

  // A line is queued only when one is owed (or it is the owed answer's preamble); an over-long line always is
  // (the splitter then stops).
  #accept(event: SplitEvent): void {
    if (event.kind === "line" && this.#owed === 0) {
      this.#unsolicited++;
      return;
    }
    const preamble = this.#preamble;
    this.#preamble = undefined;
    if (event.kind === "line" && preamble?.(event.text)) {
      this.#push(event);
      return;
    }
    if (this.#owed > 0) this.#owed--;
    this.#push(event);
  }

  #push(event: ChildEvent): void {
    this.#queue.push(event);
    this.#wake?.();
  }

  async #afterExit(exit: ChildExit): Promise<void> {
    const drained = [this.#channel, this.#process.stdout, this.#process.stderr].map((stream) =>
      stream.readableEnded || stream.destroyed ? Promise.resolve() : once(stream, "close").catch(() => {}),
    );
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      Promise.all(drained),
      new Promise((resolve) => (timer = setTimeout(resolve, DRAIN_GRACE_MS))),
    ]);
    clearTimeout(timer);
    this.#end({ kind: "exit", exit });
  }

  #end(event: ChildEvent): void {
    if (this.#ended) return;
    this.#ended = true;
    this.#push(event);
  }
}
