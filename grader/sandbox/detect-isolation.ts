// Finds the strongest isolation that works here by running each level's real command once, cached per process.
import { execa } from "execa";
import { currentHost, type HostContext } from "./host.js";
import type { IsolationLevel } from "./isolation-level.js";
import { PYTHON_LIMITS } from "./limits.js";
import { sandboxCommand } from "./sandbox-command.js";

/** How long one probe may take before the level is declared unusable (bwrap starts in ≈ 10 ms). */
const PROBE_TIMEOUT_MS = 10_000;

/**
 * True when `level` runs a trivial command here. The probe is the very command line the level uses (bwrap,
 * setpriv, nested `unshare --user`, prlimit), so a kernel or bwrap version that refuses any part of it fails
 * here rather than at a student's first call.
 */
export async function isolationWorks(
  level: IsolationLevel,
  host: HostContext = currentHost(),
): Promise<boolean> {
  const shell = host.tools.sh;
  if (shell === undefined) return false;
  let command: ReturnType<typeof sandboxCommand>;
  try {
    command = sandboxCommand(
      { argv: [shell, "-c", "exit 0"], readable: [], writableTmp: true, limits: PYTHON_LIMITS, env: {} },
      level,
      host,
    );
  } catch {
    return false; // a helper is missing
  }
  const result = await execa(command.file, [...command.args], {
    env: { ...command.env },
    extendEnv: false,
    cwd: command.cwd,
    stdin: "ignore",
    reject: false,
    timeout: PROBE_TIMEOUT_MS,
  });
  return result.exitCode === 0;
}

async function detect(): Promise<IsolationLevel> {
  if (await isolationWorks("bubblewrap")) return "bubblewrap";
  if (await isolationWorks("namespaces")) return "namespaces";
  return "rlimits-only";
}

let detected: Promise<IsolationLevel> | undefined;

/** The strongest level that works on this machine: tried once, the answer cached for the process's lifetime. */
export function detectIsolation(): Promise<IsolationLevel> {
  detected ??= detect();
  return detected;
}
