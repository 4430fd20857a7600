// The Node driver's end of the protocol: JSON lines over the UNIX socket passed as fd 3.
import { Socket } from "node:net";
import { createInterface } from "node:readline";

/** Requests in (one per line), replies out. */
export interface DriverChannel {
  readonly requests: AsyncIterable<string>;
  send(message: unknown): void;
  /** Flushes what was sent, then closes the socket. */
  close(): void;
}

/** Opens fd 3 as a duplex socket. */
export function openChannel(fd = 3): DriverChannel {
  const socket = new Socket({ fd, readable: true, writable: true });
  const lines = createInterface({ input: socket, crlfDelay: Number.POSITIVE_INFINITY });
  return {
    requests: lines,
    send: (message) => {
      socket.write(`${JSON.stringify(message)}\n`);
    },
    close: () => {
      lines.close();
      socket.end();
    },
  };
}
