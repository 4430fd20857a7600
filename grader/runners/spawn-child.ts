// The single place where a driver process is started (already wrapped in its sandbox) and where it is killed.
import { execa, type ResultPromise } from "execa";
import { killTree, killTreeNow } from "../sandbox/index.js";

/** How to start a driver: the program, its arguments, the whole environment and the working directory. */
export interface LaunchSpec {
  readonly command: string;
  readonly args: readonly string[];
  /** The child's entire environment; nothing of the grader's own environment is added. */
  readonly env: Readonly<Record<string, string>>;
  readonly cwd: string;
  /** The sandbox marker in the child's environment: strays that left the process group are found by it. */
  readonly marker?: string;
}

/** A started driver: stdin closed, stdout and stderr piped apart, fd 3 a socket for the protocol. */
export type DriverProcess = ResultPromise<{
  stdio: ["ignore", "pipe", "pipe", "pipe"];
  buffer: false;
  reject: false;
}>;

/** Live children: leader pid → marker. */
const live = new Map<number, string | undefined>();
let exitHookInstalled = false;

// Detached children are not killed with the grader; this hook kills every tree still alive when it exits.
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once("exit", () => {
    for (const [pid, marker] of live) killChildNow(pid, marker);
  });
}

/** Starts a driver in a new process group and session (detached), so that the whole tree can be killed. */
export function spawnChild(spec: LaunchSpec): DriverProcess {
  installExitHook();
  const child = execa(spec.command, [...spec.args], {
    stdio: ["ignore", "pipe", "pipe", "pipe"],
    buffer: false,
    reject: false,
    detached: true,
    cleanup: false,
    extendEnv: false,
    env: { ...spec.env },
    cwd: spec.cwd,
  });
  const pid = child.pid;
  if (pid !== undefined) {
    live.set(pid, spec.marker);
    // Whatever the submission started dies with its driver: the tree is killed as soon as the leader exits.
    child.once("exit", () => {
      killChildNow(pid, spec.marker);
      live.delete(pid);
    });
  }
  return child;
}

/**
 * SIGKILLs the group led by `pid` and, in one synchronous /proc scan, its session, descendants and every
 * process carrying `marker`. With bubblewrap or namespaces the group kill alone ends the child's pid namespace.
 */
export function killChildNow(pid: number, marker: string | undefined): void {
  killTreeNow(pid, marker === undefined ? {} : { marker });
}

/** Kills the child's tree in rounds until nothing of it is left to find (a forking child is caught later). */
export async function killChild(pid: number, marker: string | undefined): Promise<void> {
  await killTree(pid, marker === undefined ? {} : { marker });
}

/** SIGKILLs every process of the group led by `pid` (the driver, and whatever the submission started). */
export function killProcessGroup(pid: number): void {
  try {
    process.kill(-pid, "SIGKILL");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ESRCH") throw error;
  }
}
