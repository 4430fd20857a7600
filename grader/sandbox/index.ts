// The sandbox every student child process runs in: detection, command lines, clean-up and deadlines.
export type { SandboxCommand } from "./command.js";
export { calibratedDeadline, DEADLINE_DEFAULTS, type DeadlineOptions } from "./deadline.js";
export { detectIsolation, isolationWorks } from "./detect-isolation.js";
export { currentHost, type HostContext, readHost } from "./host.js";
export { SANDBOX_GID, SANDBOX_UID } from "./identity.js";
export { nodeReadablePaths, pythonReadablePaths } from "./install-paths.js";
export { describeIsolation, ISOLATION_LEVELS, type IsolationLevel } from "./isolation-level.js";
export { type KillTreeOptions, type KillTreeReport, killTree, killTreeNow } from "./kill-tree.js";
export {
  NODE_HEAP_FLAG,
  NODE_LIMITS,
  PYTHON_LIMITS,
  SANDBOX_TMP_BYTES,
  type SandboxLimits,
} from "./limits.js";
export { MARKER_VARIABLE, type SandboxRequest } from "./request.js";
export { sandboxCommand } from "./sandbox-command.js";
