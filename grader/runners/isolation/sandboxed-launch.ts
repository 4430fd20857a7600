// Turns "run this interpreter on this driver" into the launch of a sandboxed child at the chosen level.
import { MARKER_VARIABLE, type SandboxLimits, sandboxCommand } from "../../sandbox/index.js";
import type { LaunchSpec } from "../spawn-child.js";
import type { IsolationInForce, RunnerIsolationLevel } from "../types.js";

/** What a runner needs to run, before any sandboxing. Paths are absolute host paths. */
export interface ChildRequest {
  /** Interpreter (absolute path), flags, driver, arguments. */
  readonly argv: readonly string[];
  /** The only files and folders the child may read besides the system's (bubblewrap binds only these). */
  readonly readable: readonly string[];
  readonly limits: SandboxLimits;
  /** The child's whole environment. */
  readonly env: Readonly<Record<string, string>>;
  readonly cwd: string;
  /** Unique per session: set as NN_GRADER_SANDBOX in the child's environment, for killTree's /proc scan. */
  readonly marker: string;
}

/** Said of a child run without any sandbox (benchmarks only). */
export const UNSANDBOXED_CAVEAT =
  "not sandboxed (benchmark mode): the submission ran as the grader's own user, with its files, network and no resource limits";

/** The launch of `request` at `level`, and what that level leaves unprotected. */
export function sandboxedLaunch(
  request: ChildRequest,
  level: RunnerIsolationLevel,
): { launch: LaunchSpec; isolation: IsolationInForce } {
  if (level === "none") {
    const [command, ...args] = request.argv;
    return {
      launch: {
        command,
        args,
        env: { ...request.env, [MARKER_VARIABLE]: request.marker },
        cwd: request.cwd,
        marker: request.marker,
      },
      isolation: { level, caveats: [UNSANDBOXED_CAVEAT] },
    };
  }
  const sandboxed = sandboxCommand(
    {
      argv: request.argv,
      readable: request.readable,
      writableTmp: true,
      limits: request.limits,
      env: request.env,
      cwd: request.cwd,
      marker: request.marker,
    },
    level,
  );
  return {
    launch: {
      command: sandboxed.file,
      args: sandboxed.args,
      env: sandboxed.env,
      cwd: sandboxed.cwd,
      marker: request.marker,
    },
    isolation: { level, caveats: sandboxed.caveats },
  };
}
