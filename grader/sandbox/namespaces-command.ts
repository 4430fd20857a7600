// The fallback without bubblewrap: unshare gives new mount, network, pid, IPC and UTS namespaces; a setup
// script builds the same private filesystem bwrap does and pivots into it; then the child runs unprivileged
// in a user namespace of its own, under prlimit's limits.
import type { SandboxCommand } from "./command.js";
import { requireTool } from "./command.js";
import { filesystemArgs } from "./filesystem-args.js";
import type { HostContext } from "./host.js";
import { dropPrivileges, SANDBOX_GID, SANDBOX_HOSTNAME, SANDBOX_UID } from "./identity.js";
import { prlimitOptions } from "./limits.js";
import { mountScript } from "./mount-script.js";
import type { NormalizedRequest } from "./request.js";
import { NO_SECCOMP_CAVEAT, seccompPrefix } from "./seccomp-filter.js";

/**
 * --fork makes the setup shell (and then the child it execs) pid 1 of the new pid namespace, and
 * --kill-child SIGKILLs it when unshare dies: the kernel then kills every process of the namespace.
 */
const NAMESPACE_OPTIONS = [
  "--mount",
  "--net",
  "--pid",
  "--ipc",
  "--uts",
  "--fork",
  "--kill-child=SIGKILL",
] as const;

// True when `path` is `root` or inside it, or holds it.
function overlaps(path: string, root: string): boolean {
  return path === root || path.startsWith(`${root}/`) || root.startsWith(`${path}/`);
}

/**
 * As root: the mounts need no user namespace; setpriv then drops to SANDBOX_UID and `unshare --user` gives
 * RLIMIT_NPROC a count of this sandbox's own. As a plain user: a user namespace mapping the user to root
 * does the mounts, and a nested one maps it to SANDBOX_UID, without capabilities, for the child.
 */
function identity(host: HostContext, unshare: string): { outer: string[]; inner: string[] } {
  if (host.root) {
    return {
      outer: [],
      inner: [...dropPrivileges(requireTool("setpriv", host.tools.setpriv)), unshare, "--user", "--"],
    };
  }
  return {
    outer: ["--user", "--map-root-user"],
    inner: [unshare, "--user", `--map-user=${SANDBOX_UID}`, `--map-group=${SANDBOX_GID}`, "--"],
  };
}

/** The unshare + setup script + prlimit command for a request. */
export function namespacesCommand(request: NormalizedRequest, host: HostContext): SandboxCommand {
  const unshare = requireTool("unshare", host.tools.unshare);
  const prlimit = requireTool("prlimit", host.tools.prlimit);
  const shell = requireTool("sh", host.tools.sh);
  const scratch = requireTool("an empty mount point (/mnt, /media, /srv or /opt)", host.scratch);
  const { outer, inner } = identity(host, unshare);
  const filter = host.seccomp === undefined ? [] : seccompPrefix(host.seccomp);
  const helpers = [prlimit, ...[...inner, ...filter].filter((arg) => arg.startsWith("/"))];
  const visible = { ...request, readable: [...request.readable, ...helpers] };
  const sources = [...visible.readable, ...visible.writable];
  const clash = sources.find((path) => overlaps(path, scratch));
  if (clash !== undefined) {
    throw new TypeError(`sandbox request: ${clash} overlaps ${scratch}, where the private root is built`);
  }
  const script = mountScript(filesystemArgs(visible, host), scratch, request.cwd, SANDBOX_HOSTNAME);
  // A grader killed with SIGKILL runs no exit hook: the parent-death signal then kills unshare, and with it
  // the whole pid namespace.
  const setpriv = host.tools.setpriv;
  const deathSignal = setpriv === undefined ? [] : [setpriv, "--pdeathsig", "SIGKILL", "--"];
  const [file, ...args] = [
    ...deathSignal,
    unshare,
    ...outer,
    ...NAMESPACE_OPTIONS,
    "--",
    shell,
    "-c",
    script,
    "sh",
    ...inner,
    ...filter,
    prlimit,
    ...prlimitOptions(request.limits),
    "--",
    ...request.argv,
  ];
  const caveats = host.seccomp === undefined ? [NO_SECCOMP_CAVEAT] : [];
  return { file, args, env: { ...request.env }, cwd: "/", caveats };
}
