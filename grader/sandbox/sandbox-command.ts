// The entry point of the sandbox: from what to run and a policy, the command line to spawn at a given level.
import { bubblewrapCommand } from "./bubblewrap-command.js";
import type { SandboxCommand } from "./command.js";
import { currentHost, type HostContext } from "./host.js";
import type { IsolationLevel } from "./isolation-level.js";
import { namespacesCommand } from "./namespaces-command.js";
import { normalizeRequest, type SandboxRequest } from "./request.js";
import { rlimitsCommand } from "./rlimits-command.js";

/**
 * The command that runs `request.argv` sandboxed at `level`. No process is started and nothing is written:
 * spawn the result with its own env (extendEnv: false), keeping fd 3 and the process group as usual.
 *
 * @param host facts about this machine; read once per process by default, passed in by tests.
 * @example
 * const level = await detectIsolation();
 * const { file, args, env, cwd } = sandboxCommand(
 *   { argv: [python, driver], readable: [driverDir, stagedDir, prefix], writableTmp: true, limits: PYTHON_LIMITS, env, cwd: stagedDir },
 *   level,
 * );
 */
export function sandboxCommand(
  request: SandboxRequest,
  level: IsolationLevel,
  host: HostContext = currentHost(),
): SandboxCommand {
  const normalized = normalizeRequest(request);
  switch (level) {
    case "bubblewrap":
      return bubblewrapCommand(normalized, host);
    case "namespaces":
      return namespacesCommand(normalized, host);
    case "rlimits-only":
      return rlimitsCommand(normalized, host);
  }
}
