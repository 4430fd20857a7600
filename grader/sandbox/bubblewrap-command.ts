// The strongest level: bubblewrap builds an empty filesystem with only what the child needs, new network, pid,
// IPC, UTS and cgroup namespaces, then setpriv drops root and prlimit sets the resource limits.
import type { SandboxCommand } from "./command.js";
import { requireTool } from "./command.js";
import { filesystemArgs } from "./filesystem-args.js";
import type { HostContext } from "./host.js";
import { dropPrivileges, SANDBOX_GID, SANDBOX_HOSTNAME, SANDBOX_UID } from "./identity.js";
import { prlimitOptions } from "./limits.js";
import type { NormalizedRequest } from "./request.js";
import { NO_SECCOMP_CAVEAT, seccompPrefix } from "./seccomp-filter.js";

/**
 * Not --unshare-all: as root it would add a user namespace in which SANDBOX_UID is unmapped, and setpriv
 * could no longer drop to it. --die-with-parent: when bwrap dies, its pid 1 dies, and so does every process
 * of the pid namespace (daemons included).
 */
const NAMESPACE_OPTIONS = [
  "--unshare-net",
  "--unshare-pid",
  "--unshare-ipc",
  "--unshare-uts",
  "--unshare-cgroup",
  "--hostname",
  SANDBOX_HOSTNAME,
  "--die-with-parent",
  "--new-session",
] as const;

// --clearenv, then the request's environment and nothing else.
function environmentArgs(env: Readonly<Record<string, string>>): string[] {
  const args = ["--clearenv"];
  for (const [name, value] of Object.entries(env)) args.push("--setenv", name, value);
  return args;
}

/**
 * As root: setpriv to SANDBOX_UID, then `unshare --user` (no mapping) so that RLIMIT_NPROC counts this
 * sandbox's tasks only, not every SANDBOX_UID process on the host. As a plain user: bwrap's own user
 * namespace already does both, and --uid/--gid only set the ids shown inside.
 */
function identityArgs(host: HostContext): { outer: string[]; inner: string[] } {
  if (host.root) {
    const unshare = requireTool("unshare", host.tools.unshare);
    return {
      outer: [],
      inner: [...dropPrivileges(requireTool("setpriv", host.tools.setpriv)), unshare, "--user", "--"],
    };
  }
  return { outer: ["--unshare-user", "--uid", String(SANDBOX_UID), "--gid", String(SANDBOX_GID)], inner: [] };
}

/** The bubblewrap command for a request. */
export function bubblewrapCommand(request: NormalizedRequest, host: HostContext): SandboxCommand {
  const bwrap = requireTool("bwrap", host.tools.bwrap);
  const prlimit = requireTool("prlimit", host.tools.prlimit);
  const { outer, inner } = identityArgs(host);
  const filter = host.seccomp === undefined ? [] : seccompPrefix(host.seccomp);
  // The helpers run inside, so they must be visible there (they usually are, under /usr).
  const helpers = [
    prlimit,
    ...inner.filter((arg) => arg.startsWith("/")),
    ...filter.filter((arg) => arg.startsWith("/")),
  ];
  const visible = { ...request, readable: [...request.readable, ...helpers] };
  return {
    file: bwrap,
    args: [
      ...filesystemArgs(visible, host),
      ...outer,
      ...NAMESPACE_OPTIONS,
      ...environmentArgs(request.env),
      "--chdir",
      request.cwd,
      "--",
      ...inner,
      ...filter,
      prlimit,
      ...prlimitOptions(request.limits),
      "--",
      ...request.argv,
    ],
    env: {},
    cwd: "/",
    caveats: host.seccomp === undefined ? [NO_SECCOMP_CAVEAT] : [],
  };
}
