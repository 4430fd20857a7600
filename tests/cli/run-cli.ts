// Runs the built `grader` command (npm test builds dist/ first) and returns what it printed.
import { execa } from "execa";

/** Exit code and output of one run of the CLI. */
export interface CliRun {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

// Spawns `node dist/grader/cli/main.js ...args` without throwing on a non-zero exit (final newline stripped).
export async function runCli(args: readonly string[], env: Record<string, string> = {}): Promise<CliRun> {
  const run = await execa("node", ["dist/grader/cli/main.js", ...args], {
    reject: false,
    env: { NO_COLOR: "1", ...env },
  });
  return { exitCode: run.exitCode ?? -1, stdout: String(run.stdout), stderr: String(run.stderr) };
}
