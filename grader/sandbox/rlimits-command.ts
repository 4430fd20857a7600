// The last resort: resource limits only, set by prlimit; root is dropped when the interpreter allows it.
import type { SandboxCommand } from "./command.js";
import { requireTool } from "./command.js";
import type { HostContext } from "./host.js";
import { canDropRoot, dropPrivileges } from "./identity.js";
import { prlimitOptions } from "./limits.js";
import type { NormalizedRequest } from "./request.js";

// RLIMIT_NPROC counts every process of the real uid on the host (no user namespace here). For a plain user
// that includes their desktop and browser, so any limit would fail correct code at random: it is left off.
function limitOptions(request: NormalizedRequest, dropped: boolean, host: HostContext): string[] {
  const options = prlimitOptions(request.limits);
  return dropped || host.root ? options : options.filter((option) => !option.startsWith("--nproc="));
}

/** The prlimit-only command for a request. */
export function rlimitsCommand(request: NormalizedRequest, host: HostContext): SandboxCommand {
  const prlimit = requireTool("prlimit", host.tools.prlimit);
  const drop = canDropRoot(request, host);
  const caveats = [
    "no filesystem isolation: the child can read every file its user can read, and write /tmp",
    "network is open",
    "processes the child detaches (setsid, double fork) may survive the kill; killTree searches /proc for them",
  ];
  if (host.root && !drop) {
    caveats.push(
      "runs as root: the interpreter or a readable path is not readable by other users; RLIMIT_NPROC does not apply to root",
    );
  } else if (drop) {
    caveats.push(
      "RLIMIT_NPROC counts every process of the sandbox uid on the host, so concurrent sandboxes share it",
    );
  } else {
    caveats.push("no process limit: RLIMIT_NPROC would count all of the user's processes");
  }
  const command = [prlimit, ...limitOptions(request, drop, host), "--", ...request.argv];
  const [file, ...args] = drop
    ? [...dropPrivileges(requireTool("setpriv", host.tools.setpriv)), ...command]
    : command;
  return { file, args, env: { ...request.env }, cwd: request.cwd, caveats };
}
