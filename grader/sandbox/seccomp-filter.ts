// The seccomp filter of the bubblewrap and namespaces levels: apply_filter.py (libseccomp through Debian's
// python3-seccomp) loads it inside the sandbox, after the namespaces are made and root is dropped, then execs
// the limits and the child. Where /usr/bin/python3 cannot import seccomp, sandboxes run without it and say so.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The interpreter that loads the filter: the system's, whose libseccomp binding Debian packages. */
export const SECCOMP_PYTHON = "/usr/bin/python3";
/** Said with the results where the filter could not be installed. */
export const NO_SECCOMP_CAVEAT =
  "no seccomp filter (install python3-seccomp for /usr/bin/python3): the child may call ptrace, mount, keyctl, bpf, perf_event_open and make namespaces";

/** How to load the filter: the interpreter and the script, both visible inside the sandbox. */
export interface SeccompLoader {
  readonly python: string;
  readonly script: string;
}

// apply_filter.py beside the sources, found from this module in grader/sandbox/ or dist/grader/sandbox/.
function scriptPath(): string | undefined {
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    const candidate = join(dir, "grader", "sandbox", "seccomp", "apply_filter.py");
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

/** The loader when the system's Python can import seccomp here, else undefined (checked once per call). */
export function findSeccompLoader(): SeccompLoader | undefined {
  const script = scriptPath();
  if (script === undefined || !existsSync(SECCOMP_PYTHON)) return undefined;
  try {
    execFileSync(SECCOMP_PYTHON, ["-I", "-c", "import seccomp"], { stdio: "ignore", timeout: 10_000 });
    return { python: SECCOMP_PYTHON, script };
  } catch {
    return undefined;
  }
}

/** The command-line prefix that loads the filter and execs what follows. */
export function seccompPrefix(loader: SeccompLoader): string[] {
  return [loader.python, "-I", loader.script];
}
