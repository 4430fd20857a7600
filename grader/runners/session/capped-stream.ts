// Keeps the first `cap` bytes a child writes to one stream and counts the rest, which is dropped.

/** Capped capture of one output stream (stdout or stderr) across every child of a session. */
export class CappedStream {
  readonly #name: string;
  readonly #cap: number;
  readonly #kept: Buffer[] = [];
  #keptBytes = 0;
  #droppedBytes = 0;

  constructor(name: string, capBytes: number) {
    this.#name = name;
    this.#cap = capBytes;
  }

  /** Adds a chunk: what fits under the cap is kept, the remainder counted. */
  append(chunk: Buffer): void {
    const room = this.#cap - this.#keptBytes;
    if (room > 0) {
      const kept = chunk.length <= room ? chunk : chunk.subarray(0, room);
      this.#kept.push(Buffer.from(kept));
      this.#keptBytes += kept.length;
    }
    this.#droppedBytes += Math.max(0, chunk.length - Math.max(0, room));
  }

  /** True once anything was dropped. */
  get truncated(): boolean {
    return this.#droppedBytes > 0;
  }

  /** The kept text (invalid UTF-8 shown as U+FFFD), with a closing note saying how much was dropped. */
  text(): string {
    const kept = new TextDecoder("utf-8").decode(Buffer.concat(this.#kept));
    if (this.#droppedBytes === 0) return kept;
    const sep = kept.endsWith("\n") ? "" : "\n";
    return `${kept}${sep}[grader] ${this.#droppedBytes} more bytes of ${this.#name} not shown (limit ${this.#cap} bytes)\n`;
  }
}

/** The last bytes a single child wrote to stderr, kept past the cap, to explain a crash. */
export class StderrTail {
  static readonly BYTES = 4096;
  #tail: Buffer = Buffer.alloc(0);

  /** Adds a chunk, keeping only the last BYTES bytes. */
  append(chunk: Buffer): void {
    const joined = Buffer.concat([this.#tail, chunk]);
    this.#tail =
      joined.length > StderrTail.BYTES ? joined.subarray(joined.length - StderrTail.BYTES) : joined;
  }

  /** The last `count` non-empty lines. */
  lastLines(count: number): string[] {
    const lines = new TextDecoder("utf-8")
      .decode(this.#tail)
      .split("\n")
      .filter((line) => line.trim() !== "");
    return lines.slice(-count);
  }
}
