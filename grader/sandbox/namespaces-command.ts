// The fallback without bubblewrap: unshare gives new user, network, pid and mount namespaces (a /proc showing
// only the sandbox's processes); prlimit sets the limits. The host's files stay visible.
import type { SandboxCommand } from "./command.js";
import { requireTool } from "./command.js";
import type { HostContext } from "./host.js";
import { canDropRoot, dropPrivileges } from "./identity.js";
import { prlimitOptions } from "./limits.js";
import type { NormalizedRequest } from "./request.js";

/**
 * --fork makes the child pid 1 of the new pid namespace, and --kill-child SIGKILLs it when unshare dies:
 * the kernel then kills every process of the namespace, so a daemon does not outlive the kill.
 */
const UNSHARE_OPTIONS = [
  "--user",
  "--map-root-user",
  "--net",
  "--pid",
  "--fork",
  "--kill-child=SIGKILL",
  "--mount-proc",
  "--",
] as const;

/** The unshare + prlimit command for a request. */
export function namespacesCommand(request: NormalizedRequest, host: HostContext): SandboxCommand {
  const unshare = requireTool("unshare", host.tools.unshare);
  const prlimit = requireTool("prlimit", host.tools.prlimit);
  const drop = canDropRoot(request, host);
  const caveats = [
    "no filesystem isolation: the child can read every file its user can read, and write /tmp",
  ];
  if (host.root && !drop) {
    caveats.push(
      "runs as root (mapped to root in a user namespace): the interpreter or a readable path is not readable by other users, so root could not be dropped; RLIMIT_NPROC does not apply to root",
    );
  }
  const command = [
    unshare,
    ...UNSHARE_OPTIONS,
    prlimit,
    ...prlimitOptions(request.limits),
    "--",
    ...request.argv,
  ];
  const [file, ...args] = drop
    ? [...dropPrivileges(requireTool("setpriv", host.tools.setpriv)), ...command]
    : command;
  return { file, args, env: { ...request.env }, cwd: request.cwd, caveats };
}
