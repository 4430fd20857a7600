// Words for how a driver process ended, for crash reasons and load failures.
import { constants } from "node:os";
import type { ChildExit } from "./driver-child.js";

/** Shells and sandbox wrappers (bwrap) report a child killed by signal N as exit code 128 + N. */
const SIGNAL_EXIT_BASE = 128;

const SIGNAL_NAMES = new Map<number, string>(
  Object.entries(constants.signals).map(([name, number]) => [number, name]),
);

/** "exited with code 3", "was killed by signal SIGSEGV", or, through a sandbox wrapper that passes the signal
 * on as 128 + N, "was killed by signal SIGKILL (exit code 137)". */
export function describeExit(exit: ChildExit): string {
  if (exit.signal !== null) return `was killed by signal ${exit.signal}`;
  const code = exit.code;
  const relayed = code === null ? undefined : SIGNAL_NAMES.get(code - SIGNAL_EXIT_BASE);
  if (relayed !== undefined) return `was killed by signal ${relayed} (exit code ${code})`;
  return `exited with code ${code ?? "unknown"}`;
}

/** The stderr lines shown under a crash, indented; empty when the process printed nothing. */
export function stderrBlock(lines: readonly string[]): string {
  if (lines.length === 0) return "";
  return `\nlast lines of stderr:\n${lines.map((line) => `  ${line}`).join("\n")}`;
}
