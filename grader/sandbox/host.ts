// Facts about the machine the command builders need (who we are, where the tools and system folders are),
// read once per process so that building a command stays a pure function of its inputs.
import { accessSync, constants, existsSync, lstatSync, readlinkSync } from "node:fs";
import { delimiter, join } from "node:path";
import { othersCanRead } from "./identity.js";
import { findSeccompLoader, type SeccompLoader } from "./seccomp-filter.js";

/** The helper programs a sandbox command may start. */
export type SandboxTool = "bwrap" | "setpriv" | "prlimit" | "unshare" | "sh";

/** What the command builders know about this machine. */
export interface HostContext {
  /** True when the grader runs as uid 0: then bwrap needs no user namespace and setpriv drops to SANDBOX_UID. */
  readonly root: boolean;
  /** Absolute path of each helper, when found. */
  readonly tools: Readonly<Partial<Record<SandboxTool, string>>>;
  /** Top-level system folders and what they are here: a symlink (merged /usr: "/bin" → "usr/bin") or a folder. */
  readonly system: ReadonlyArray<{ readonly path: string; readonly link?: string }>;
  /** The few /etc files a dynamically linked interpreter wants, those that exist here. */
  readonly etcFiles: readonly string[];
  /** Where /etc/localtime points (under /usr/share/zoneinfo), when it is a symlink. */
  readonly localtime?: string;
  /** An empty folder the namespaces level mounts its private root on (its own mount namespace only). */
  readonly scratch?: string;
  /** How to load the seccomp filter inside a sandbox; undefined where python3-seccomp is missing. */
  readonly seccomp?: SeccompLoader;
  /** Whether a user other than the owner can read a path (decides if root can be dropped without bubblewrap). */
  readonly othersCanRead: (path: string) => boolean;
}

/** The system folders bound read-only (or re-created as symlinks) in every bubblewrap sandbox. */
const SYSTEM_PATHS = ["/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64"] as const;
/** ld.so's cache of library locations: without it the loader misses multiarch folders on some systems. */
const ETC_FILES = ["/etc/ld.so.cache"] as const;
/** Folders the namespaces level may mount its private root over (none of them holds anything it binds). */
const SCRATCH_CANDIDATES = ["/mnt", "/media", "/srv", "/opt"] as const;
/** Searched for the helpers when they are not on PATH (a grader started with an empty environment). */
const FALLBACK_PATH = "/usr/bin:/bin:/usr/sbin:/sbin";

// The first executable called `name` on the search path.
function findTool(name: string, searchPath: string): string | undefined {
  for (const dir of searchPath.split(delimiter)) {
    if (dir === "" || !dir.startsWith("/")) continue;
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {}
  }
  return undefined;
}

function systemEntry(path: string): { path: string; link?: string } | undefined {
  try {
    const stat = lstatSync(path);
    if (stat.isSymbolicLink()) return { path, link: readlinkSync(path) };
    return stat.isDirectory() ? { path } : undefined;
  } catch {
    return undefined;
  }
}

/** Reads the host facts now (no cache): for tests and for the first call of currentHost. */
export function readHost(env: NodeJS.ProcessEnv = process.env): HostContext {
  const searchPath = `${env.PATH ?? ""}${delimiter}${FALLBACK_PATH}`;
  const tools: Partial<Record<SandboxTool, string>> = {};
  for (const tool of ["bwrap", "setpriv", "prlimit", "unshare", "sh"] as const) {
    const found = findTool(tool, searchPath);
    if (found !== undefined) tools[tool] = found;
  }
  const system = SYSTEM_PATHS.map(systemEntry).filter((entry) => entry !== undefined);
  let localtime: string | undefined;
  try {
    const target = readlinkSync("/etc/localtime");
    if (target.startsWith("/usr/share/zoneinfo/")) localtime = target;
  } catch {}
  const scratch = SCRATCH_CANDIDATES.find((path) => {
    const entry = systemEntry(path);
    return entry !== undefined && entry.link === undefined;
  });
  const seccomp = findSeccompLoader();
  return {
    root: process.getuid?.() === 0,
    tools,
    system,
    etcFiles: ETC_FILES.filter((file) => existsSync(file)),
    ...(localtime === undefined ? {} : { localtime }),
    ...(scratch === undefined ? {} : { scratch }),
    ...(seccomp === undefined ? {} : { seccomp }),
    othersCanRead,
  };
}

let cached: HostContext | undefined;

/** The host facts, read once per process. */
export function currentHost(): HostContext {
  cached ??= readHost();
  return cached;
}
