// The isolation levels, strongest first, and how each is named to users.

/** Which isolation a sandboxed child runs under, strongest first. */
export type IsolationLevel = "bubblewrap" | "namespaces" | "rlimits-only";

/** Every level, strongest first: the order detectIsolation tries them in. */
export const ISOLATION_LEVELS: readonly IsolationLevel[] = ["bubblewrap", "namespaces", "rlimits-only"];

const SUMMARY: Record<IsolationLevel, string> = {
  bubblewrap:
    "bubblewrap: private filesystem (only the interpreter, the driver and the submission), no network, own pid namespace, unprivileged uid, resource limits",
  namespaces:
    "namespaces (no bubblewrap): private filesystem built by unshare (only the interpreter, the driver and the submission), no network, own pid namespace, unprivileged uid, resource limits",
  "rlimits-only":
    "resource limits only (no bubblewrap, no user namespaces): files, network and processes are not isolated",
};

/** One line saying what the level isolates, to print wherever results are shown. */
export function describeIsolation(level: IsolationLevel): string {
  return SUMMARY[level];
}
