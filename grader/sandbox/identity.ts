// Who the student's code runs as: root is dropped to an unprivileged uid/gid with every capability removed.
import { accessSync, constants, statSync } from "node:fs";
import { dirname } from "node:path";
import type { HostContext } from "./host.js";
import type { NormalizedRequest } from "./request.js";

/** The unprivileged user and group sandboxed code runs as when the grader is root ("nobody" on Debian). */
export const SANDBOX_UID = 65534;
export const SANDBOX_GID = 65534;

/** The host name the child sees (its own UTS namespace hides the grader's). */
export const SANDBOX_HOSTNAME = "sandbox";

const OTHERS_READ = 0o004;
const OTHERS_SEARCH = 0o001;

/** The setpriv command line that drops root to SANDBOX_UID: no groups, no capabilities, no new privileges. */
export function dropPrivileges(setpriv: string): string[] {
  return [
    setpriv,
    `--reuid=${SANDBOX_UID}`,
    `--regid=${SANDBOX_GID}`,
    "--clear-groups",
    "--inh-caps=-all",
    "--bounding-set=-all",
    "--no-new-privs",
    "--",
  ];
}

/** True when a user who is neither owner nor in the group can reach `path` (search every folder, read it). */
export function othersCanRead(path: string): boolean {
  try {
    accessSync(path, constants.F_OK);
    if ((statSync(path).mode & OTHERS_READ) === 0) return false;
    for (let dir = dirname(path); ; dir = dirname(dir)) {
      if ((statSync(dir).mode & OTHERS_SEARCH) === 0) return false;
      if (dir === "/") return true;
    }
  } catch {
    return false;
  }
}

/**
 * Whether the levels without a private filesystem (namespaces, rlimits-only) can drop root: only when the
 * interpreter and every path the child needs are reachable by others; otherwise the child would not start.
 */
export function canDropRoot(request: NormalizedRequest, host: HostContext): boolean {
  if (!host.root || host.tools.setpriv === undefined) return false;
  const needed = [request.argv[0], ...request.readable, request.cwd];
  return needed.every((path) => host.othersCanRead(path));
}
