// A `::stop-commands::TOKEN` … `::TOKEN::` block: the Actions runner ignores every workflow command inside.
import { randomBytes } from "node:crypto";

/** Bytes of randomness in a token (printed as 32 hexadecimal digits). */
const TOKEN_BYTES = 16;

/** Draws a fresh token; injectable so tests can force a collision. */
export type TokenSource = () => string;

// An unguessable token, new for every block and never printed before the block opens.
export const randomToken: TokenSource = () => randomBytes(TOKEN_BYTES).toString("hex");

// Wraps lines that may hold text from a submission (names, messages) so none of them can act as a
// workflow command. A token that occurs in the body is drawn again, so the body cannot end the block.
export function stopCommandsBlock(body: readonly string[], nextToken: TokenSource = randomToken): string[] {
  if (body.length === 0) return [];
  const text = body.join("\n");
  let token = nextToken();
  while (token === "" || text.includes(token)) token = nextToken();
  return [`::stop-commands::${token}`, ...body, `::${token}::`];
}
