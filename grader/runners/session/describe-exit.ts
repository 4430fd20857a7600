// Words for how a driver process ended, for crash reasons and load failures.
import type { ChildExit } from "./driver-child.js";

/** "exited with code 3" or "was killed by signal SIGSEGV". */
export function describeExit(exit: ChildExit): string {
  if (exit.signal !== null) return `was killed by signal ${exit.signal}`;
  return `exited with code ${exit.code ?? "unknown"}`;
}

/** The stderr lines shown under a crash, indented; empty when the process printed nothing. */
export function stderrBlock(lines: readonly string[]): string {
  if (lines.length === 0) return "";
  return `\nlast lines of stderr:\n${lines.map((line) => `  ${line}`).join("\n")}`;
}
