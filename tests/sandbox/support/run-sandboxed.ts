// Runs a fixture script through sandboxCommand with a real spawn (fd 3 a pipe, its own process group), the
// way the runners will, and returns everything the tests look at.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { execa } from "execa";
import {
  type IsolationLevel,
  killTree,
  PYTHON_LIMITS,
  pythonReadablePaths,
  type SandboxLimits,
  sandboxCommand,
} from "../../../grader/sandbox/index.js";

/** The project's Python (numpy 2.4.6), in a /root that other users cannot enter. */
export const PYENV_PYTHON = "/root/.pyenv/versions/3.11.7/bin/python3";
/** Debian's Python, readable by everyone, so the levels without bubblewrap can drop root to run it. */
export const SYSTEM_PYTHON = "/usr/bin/python3";
export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "fixtures", "sandbox");
export const REPO = join(FIXTURES, "..", "..", "..");

/** The scrubbed environment every test child gets. */
export const CHILD_ENV = {
  PATH: "/usr/bin:/bin",
  LANG: "C.UTF-8",
  OPENBLAS_NUM_THREADS: "1",
  PYTHONDONTWRITEBYTECODE: "1",
} as const;

/** Small limits for tests: a fork bomb stops at 16 tasks. */
export const TEST_LIMITS: SandboxLimits = { ...PYTHON_LIMITS, processes: 16 };

export interface SandboxRun {
  readonly exitCode: number | undefined;
  readonly signal: string | undefined;
  readonly stdout: string;
  readonly stderr: string;
  /** Everything the child wrote on fd 3. */
  readonly fd3: string;
  readonly killedAfterMs: number | undefined;
  readonly caveats: readonly string[];
}

export interface RunOptions {
  readonly python?: string;
  readonly args?: readonly string[];
  readonly limits?: SandboxLimits;
  readonly env?: Readonly<Record<string, string>>;
  readonly readable?: readonly string[];
  /** Wall-clock kill (killTree) after this many ms. */
  readonly killAfterMs?: number;
  readonly marker?: string;
  /** Called once started with the child's pid and its stdout so far, for tests that act while it runs. */
  readonly whileRunning?: (pid: number, stdout: () => string) => Promise<void>;
}

/** Runs tests/fixtures/sandbox/<script> under `level`. */
export async function runFixture(
  level: IsolationLevel,
  script: string,
  options: RunOptions = {},
): Promise<SandboxRun> {
  const python = options.python ?? PYENV_PYTHON;
  const env = { ...CHILD_ENV, ...options.env };
  const readable = [...(await pythonReadablePaths(python, env)), FIXTURES, ...(options.readable ?? [])];
  const argv = [python, "-B", join(FIXTURES, script), ...(options.args ?? [])];
  return runCommand(level, argv, { ...options, env, readable });
}

/** Runs any argv under `level`, with `readable` as given. */
export async function runCommand(
  level: IsolationLevel,
  argv: readonly string[],
  options: RunOptions = {},
): Promise<SandboxRun> {
  const command = sandboxCommand(
    {
      argv,
      readable: options.readable ?? [],
      writableTmp: true,
      limits: options.limits ?? TEST_LIMITS,
      env: options.env ?? CHILD_ENV,
      ...(options.marker === undefined ? {} : { marker: options.marker }),
    },
    level,
  );
  const child = execa(command.file, [...command.args], {
    env: { ...command.env },
    extendEnv: false,
    cwd: command.cwd,
    stdio: ["ignore", "pipe", "pipe", "pipe"],
    detached: true,
    cleanup: false,
    reject: false,
    encoding: "utf8",
  });
  const pid = child.pid as number;
  let killedAfterMs: number | undefined;
  const started = Date.now();
  const timer =
    options.killAfterMs === undefined
      ? undefined
      : setTimeout(() => {
          killedAfterMs = Date.now() - started;
          void killTree(pid, options.marker === undefined ? {} : { marker: options.marker });
        }, options.killAfterMs);
  let stdoutSoFar = "";
  child.stdout.on("data", (chunk: Buffer | string) => {
    stdoutSoFar += String(chunk);
  });
  await options.whileRunning?.(pid, () => stdoutSoFar);
  const result = await child;
  if (timer !== undefined) clearTimeout(timer);
  return {
    exitCode: result.exitCode,
    signal: result.signal,
    stdout: String(result.stdout),
    stderr: String(result.stderr),
    fd3: String(result.stdio[3] ?? ""),
    killedAfterMs,
    caveats: command.caveats,
  };
}

/** The last line of stdout parsed as JSON (the fixtures print one JSON line). */
export function lastJson<T = Record<string, unknown>>(run: SandboxRun): T {
  const lines = run.stdout.trim().split("\n");
  try {
    return JSON.parse(lines[lines.length - 1]) as T;
  } catch {
    throw new Error(`no JSON on stdout (exit ${run.exitCode ?? run.signal}): ${run.stdout}\n${run.stderr}`);
  }
}

/** Pids of the host's live processes whose command line contains `marker`. */
export function processesWithMarker(marker: string): number[] {
  const found: number[] = [];
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const cmdline = readFileSync(`/proc/${name}/cmdline`, "utf8");
      const state = readFileSync(`/proc/${name}/stat`, "utf8").split(") ")[1]?.[0];
      if (cmdline.includes(marker) && state !== "Z") found.push(Number(name));
    } catch {}
  }
  return found;
}

/** A marker unique to one test run, to find its processes in /proc. */
export function newMarker(label: string): string {
  return `nn-grader-sandbox-test-${label}-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
}

/** Pids of zombies owned by `uid`: killed orphans wait for the host's init to reap them, and count until then. */
export function zombiesOf(uid: number): number[] {
  const found: number[] = [];
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const status = readFileSync(`/proc/${name}/status`, "utf8");
      const state = /^State:\s+(\S)/m.exec(status)?.[1];
      const realUid = /^Uid:\s+(\d+)/m.exec(status)?.[1];
      if (state === "Z" && Number(realUid) === uid) found.push(Number(name));
    } catch {}
  }
  return found;
}

/** Waits until `done()` holds, checking every 50 ms, for at most `timeoutMs`; returns whether it held. */
export async function waitUntil(done: () => boolean, timeoutMs: number): Promise<boolean> {
  for (const end = Date.now() + timeoutMs; Date.now() < end; ) {
    if (done()) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return done();
}
