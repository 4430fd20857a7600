// What to run in a sandbox and under which policy, as callers give it and as the command builders see it.
import { isAbsolute, normalize } from "node:path";
import { checkLimits, type SandboxLimits } from "./limits.js";

/** The environment variable carrying a sandbox's marker, which killTree looks for in /proc/<pid>/environ. */
export const MARKER_VARIABLE = "NN_GRADER_SANDBOX";

/** A child to run sandboxed. Paths are absolute host paths; the child sees each at the same path. */
export interface SandboxRequest {
  /** The interpreter (absolute path), the driver and its arguments. */
  readonly argv: readonly string[];
  /** Files and folders the child may read (bubblewrap binds only these, read-only, besides system files). */
  readonly readable: readonly string[];
  /** Folders the child may write besides /tmp, bound read-write; the sandbox uid must be allowed to write. */
  readonly writable?: readonly string[];
  /** The child always gets a private, size-capped /tmp at the bubblewrap level. */
  readonly writableTmp: true;
  readonly limits: SandboxLimits;
  /** The ONLY environment the child gets. */
  readonly env: Readonly<Record<string, string>>;
  /** Working directory inside the sandbox; it must be readable (or under /tmp). Default: /tmp. */
  readonly cwd?: string;
  /** A unique token set as NN_GRADER_SANDBOX in the child's environment, so killTree can find strays by it. */
  readonly marker?: string;
}

/** A request with every path checked and normalised, and the marker folded into the environment. */
export interface NormalizedRequest {
  readonly argv: readonly string[];
  readonly readable: readonly string[];
  readonly writable: readonly string[];
  readonly limits: SandboxLimits;
  readonly env: Readonly<Record<string, string>>;
  readonly cwd: string;
}

const DEFAULT_CWD = "/tmp";

// A relative path would be resolved against whatever directory the wrapper happens to start in.
function absolutePaths(field: string, paths: readonly string[]): string[] {
  return paths.map((path, index) => {
    if (typeof path !== "string" || !isAbsolute(path)) {
      throw new TypeError(
        `sandbox request ${field}[${index}]: expected an absolute path, got ${JSON.stringify(path)}`,
      );
    }
    const clean = normalize(path);
    if (clean === "/" && field !== "cwd") {
      throw new TypeError(
        `sandbox request ${field}[${index}]: "/" would expose the whole host; name folders`,
      );
    }
    return clean.length > 1 && clean.endsWith("/") ? clean.slice(0, -1) : clean;
  });
}

/** Checks a request once, at the entry of sandboxCommand; a bad request is a grader bug, so it throws. */
export function normalizeRequest(request: SandboxRequest): NormalizedRequest {
  if (request.argv.length === 0 || !isAbsolute(request.argv[0])) {
    throw new TypeError(
      `sandbox request argv[0]: expected the interpreter's absolute path, got ${JSON.stringify(request.argv[0])}`,
    );
  }
  for (const [name, value] of Object.entries(request.env)) {
    if (name === "" || name.includes("=") || typeof value !== "string" || value.includes("\0")) {
      throw new TypeError(`sandbox request env.${name}: expected a name without "=" and a string value`);
    }
  }
  const env: Record<string, string> = { ...request.env };
  if (request.marker !== undefined) env[MARKER_VARIABLE] = request.marker;
  return {
    argv: [...request.argv],
    readable: absolutePaths("readable", request.readable),
    writable: absolutePaths("writable", request.writable ?? []),
    limits: checkLimits(request.limits),
    env,
    cwd: absolutePaths("cwd", [request.cwd ?? DEFAULT_CWD])[0],
  };
}
