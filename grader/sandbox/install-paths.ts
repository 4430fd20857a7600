// The folders an interpreter needs inside the sandbox: Python's prefixes and package folders, Node's install.
import { realpathSync } from "node:fs";
import { execa } from "execa";

/** Printed by the interpreter itself: its prefixes and every existing folder or zip on its import path. */
const PYTHON_PATHS_SCRIPT = `
import json, os, sys
paths = [sys.prefix, sys.base_prefix, sys.exec_prefix, sys.base_exec_prefix, os.path.dirname(sys.executable)]
paths += [p for p in sys.path if p and os.path.isabs(p)]
print(json.dumps(sorted({os.path.realpath(p) for p in paths if os.path.exists(p)})))
`;
const ASK_TIMEOUT_MS = 20_000;
const asked = new Map<string, Promise<string[]>>();

async function askPython(executable: string, env: Readonly<Record<string, string>>): Promise<string[]> {
  const result = await execa(executable, ["-c", PYTHON_PATHS_SCRIPT], {
    env: { ...env },
    extendEnv: false,
    cwd: "/",
    stdin: "ignore",
    reject: false,
    timeout: ASK_TIMEOUT_MS,
  });
  if (result.exitCode !== 0) {
    const why = String(result.stderr).split("\n")[0] || `exit code ${result.exitCode}`;
    throw new Error(`sandbox: cannot ask ${executable} for its prefix: ${why}`);
  }
  const paths: unknown = JSON.parse(String(result.stdout));
  if (!Array.isArray(paths) || !paths.every((p) => typeof p === "string")) {
    throw new Error(`sandbox: ${executable} printed an unexpected path list: ${String(result.stdout)}`);
  }
  return [executable, ...paths];
}

/**
 * What a Python interpreter reads to run with its packages (sys.prefix, sys.base_prefix, each existing
 * sys.path entry), resolved once per interpreter and environment. Under pyenv this is
 * /root/.pyenv/versions/<v>, not the shim: the shim is a script that needs all of pyenv.
 */
export function pythonReadablePaths(
  executable: string,
  env: Readonly<Record<string, string>> = { PATH: "/usr/bin:/bin" },
): Promise<string[]> {
  const key = `${executable}\0${JSON.stringify(env)}`;
  let paths = asked.get(key);
  if (paths === undefined) {
    paths = askPython(executable, env);
    asked.set(key, paths);
    paths.catch(() => asked.delete(key));
  }
  return paths;
}

/** The node binary to bind when it lives outside /usr (nvm, a tarball; /usr is always bound), else nothing. */
export function nodeReadablePaths(execPath: string = process.execPath): string[] {
  // Node needs only its binary to run; a symlinked path needs its target bound as well.
  const paths = new Set([execPath, realpathSync(execPath)]);
  return [...paths].filter((path) => !path.startsWith("/usr/"));
}
