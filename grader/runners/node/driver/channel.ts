// The Node driver's end of the protocol: JSON lines over the UNIX socket passed as fd 3.
import { Socket } from "node:net";
import { createInterface } from "node:readline";

// Taken when the driver starts, before any student code runs: a submission that replaces JSON.stringify or
// JSON.parse (prototype pollution, a forged encoder) does not change how the driver reads and writes.
const { parse, stringify } = JSON;

/** Requests in (one per line), replies out. */
export interface DriverChannel {
  readonly requests: AsyncIterable<string>;
  /** The driver's own JSON.parse, as it was before the submission loaded. */
  parse(line: string): unknown;
  /** The grader's cap on one reply line: a longer reply is sent as a short "too-large" notice instead. */
  replyCap: number | undefined;
  send(message: unknown): void;
  /** Flushes what was sent, then closes the socket. */
  close(): void;
}

/** Opens fd 3 as a duplex socket. */
export function openChannel(fd = 3): DriverChannel {
  const socket = new Socket({ fd, readable: true, writable: true });
  const lines = createInterface({ input: socket, crlfDelay: Number.POSITIVE_INFINITY });
  const channel: DriverChannel = {
    requests: lines,
    parse: (line) => parse(line),
    replyCap: undefined,
    send: (message) => {
      let text: string = stringify(message);
      const id = (message as { id?: unknown }).id;
      if (channel.replyCap !== undefined && id !== undefined && Buffer.byteLength(text) > channel.replyCap) {
        text = stringify({ type: "too-large", id, bytes: Buffer.byteLength(text) });
      }
      socket.write(`${text}\n`);
    },
    close: () => {
      lines.close();
      socket.end();
    },
  };
  return channel;
}
