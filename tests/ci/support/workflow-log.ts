// Reads a job log the way the GitHub Actions runner does: which workflow commands it would run.
import { type ParsedCommand, parseCommand } from "../../report/parse.js";

/** What the runner makes of a log. */
export interface RunnerView {
  /** Commands the runner would process, in order (stop-commands included). */
  readonly commands: readonly ParsedCommand[];
  /** Lines it ignored because a stop-commands block was open. */
  readonly ignored: readonly string[];
  /** True when the log ends inside a block (commands would stay off for the rest of the job). */
  readonly endsStopped: boolean;
}

// The runner trims each line; inside `::stop-commands::T` it ignores everything until a line `::T::`.
export function readAsRunner(log: string): RunnerView {
  const commands: ParsedCommand[] = [];
  const ignored: string[] = [];
  let stopToken: string | undefined;
  for (const line of log.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (stopToken !== undefined) {
      if (trimmed === `::${stopToken}::`) stopToken = undefined;
      else ignored.push(line);
      continue;
    }
    if (!trimmed.startsWith("::")) continue;
    const command = parseCommand(trimmed);
    commands.push(command);
    if (command.command === "stop-commands") stopToken = command.message;
  }
  return { commands, ignored, endsStopped: stopToken !== undefined };
}
