// The shape every level's builder returns: what to spawn, and what it leaves unprotected.

/** A command line that runs the request's argv inside the sandbox; spawn it with exactly this env and cwd. */
export interface SandboxCommand {
  readonly file: string;
  readonly args: readonly string[];
  /** The wrapper's whole environment (pass with extendEnv: false); the child's env is the request's env. */
  readonly env: Readonly<Record<string, string>>;
  /** Host-side working directory for the spawn (inside bubblewrap the request's cwd is set by --chdir). */
  readonly cwd: string;
  /** Plain statements of what this command does not isolate, to show beside the isolation level. */
  readonly caveats: readonly string[];
}

/** Looks up a helper found by readHost; a missing one is a broken installation, so it throws. */
export function requireTool(tool: string, path: string | undefined): string {
  if (path === undefined)
    throw new Error(`sandbox: ${tool} not found on PATH (install util-linux / bubblewrap)`);
  return path;
}
