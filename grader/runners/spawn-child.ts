// The single place where a driver process is started: the sandbox wrapper (bwrap, prlimit…) slots in here.
import { execa, type ResultPromise } from "execa";

/** How to start a driver: the program, its arguments, the whole environment and the working directory. */
export interface LaunchSpec {
  readonly command: string;
  readonly args: readonly string[];
  /** The child's entire environment; nothing of the grader's own environment is added. */
  readonly env: Readonly<Record<string, string>>;
  readonly cwd: string;
}

/** A started driver: stdin closed, stdout and stderr piped apart, fd 3 a socket for the protocol. */
export type DriverProcess = ResultPromise<{
  stdio: ["ignore", "pipe", "pipe", "pipe"];
  buffer: false;
  reject: false;
}>;

const live = new Set<number>();
let exitHookInstalled = false;

// Detached children are not killed with the grader; this hook kills every group still alive when it exits.
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once("exit", () => {
    for (const pid of live) killProcessGroup(pid);
  });
}

/** Starts a driver in a new process group (detached: it leads its own group, so the whole group can be killed). */
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
    live.add(pid);
    // Whatever the submission started dies with its driver: the group is killed as soon as the leader exits.
    child.once("exit", () => {
      killProcessGroup(pid);
      live.delete(pid);
    });
  }
  return child;
}

/** SIGKILLs every process of the group led by `pid` (the driver, and whatever the submission started). */
export function killProcessGroup(pid: number): void {
  try {
    process.kill(-pid, "SIGKILL");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ESRCH") throw error;
  }
}
