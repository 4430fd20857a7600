// Splits the bytes of a driver's channel into JSON lines, refusing any line longer than a cap.

/** A complete line (without its newline), or notice that a line passed the cap. */
export type SplitEvent =
  | { readonly kind: "line"; readonly text: string }
  | { readonly kind: "overflow"; readonly bytes: number };

/** Accumulates chunks and yields whole lines; after an overflow it yields nothing more (the stream is unusable). */
export class LineSplitter {
  readonly #capBytes: number;
  #pending: Buffer[] = [];
  #pendingBytes = 0;
  #overflowed = false;

  constructor(capBytes: number) {
    this.#capBytes = capBytes;
  }

  /** Feeds one chunk; returns the events it completes, in order. */
  push(chunk: Buffer): SplitEvent[] {
    if (this.#overflowed) return [];
    const events: SplitEvent[] = [];
    let start = 0;
    for (let nl = chunk.indexOf(10, start); nl !== -1; nl = chunk.indexOf(10, start)) {
      const piece = chunk.subarray(start, nl);
      if (this.#pendingBytes + piece.length > this.#capBytes) return this.#overflow(events, piece.length);
      const line = this.#pending.length === 0 ? piece : Buffer.concat([...this.#pending, piece]);
      this.#pending = [];
      this.#pendingBytes = 0;
      events.push({ kind: "line", text: line.toString("utf8") });
      start = nl + 1;
    }
    const rest = chunk.subarray(start);
    if (this.#pendingBytes + rest.length > this.#capBytes) return this.#overflow(events, rest.length);
    if (rest.length > 0) {
      this.#pending.push(Buffer.from(rest));
      this.#pendingBytes += rest.length;
    }
    return events;
  }

  #overflow(events: SplitEvent[], more: number): SplitEvent[] {
    this.#overflowed = true;
    events.push({ kind: "overflow", bytes: this.#pendingBytes + more });
    this.#pending = [];
    this.#pendingBytes = 0;
    return events;
  }
}
