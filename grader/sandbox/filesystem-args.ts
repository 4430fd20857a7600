// The bubblewrap options building the child's filesystem: an empty root with only the system folders, two
// /etc files, a private /tmp, /proc, /dev, and the request's readable (read-only) and writable paths.
import { dirname } from "node:path";
import type { HostContext } from "./host.js";
import { SANDBOX_TMP_BYTES } from "./limits.js";
import type { NormalizedRequest } from "./request.js";

/** Mode of the folders bwrap creates on the way to a bound path (its default, 0700, hides them from the sandbox uid). */
const PARENT_MODE = "0755";
/** Mode of the private /tmp: writable by all, sticky. */
const TMP_MODE = "1777";

// True when `path` is `root` or inside it.
function within(path: string, root: string): boolean {
  return path === root || root === "/" || path.startsWith(`${root}/`);
}

// Rewrites a path through the merged-/usr symlinks ("/lib/x" → "/usr/lib/x") so coverage checks see one name.
function canonical(path: string, host: HostContext): string {
  for (const { path: top, link } of host.system) {
    if (link !== undefined && within(path, top)) {
      const target = link.startsWith("/") ? link : `/${link}`;
      return target + path.slice(top.length);
    }
  }
  return path;
}

// Keeps the outermost paths: a path inside another one of the list, or inside a system folder, is already visible.
function outermost(paths: readonly string[], covered: readonly string[]): string[] {
  const sorted = [...new Set(paths)].sort();
  const kept: string[] = [];
  for (const path of sorted) {
    if (covered.some((root) => within(path, root)) || kept.some((root) => within(path, root))) continue;
    kept.push(path);
  }
  return kept;
}

// `--dir` for each ancestor of `path` not yet made nor inside a bound folder, with a mode the sandbox uid can
// traverse (bwrap's default for parents it creates, 0700, would lock the sandbox uid out).
function parents(path: string, made: Set<string>, bound: readonly string[]): string[] {
  const missing: string[] = [];
  const exists = (dir: string) => made.has(dir) || bound.some((root) => within(dir, root));
  for (let dir = dirname(path); dir !== "/" && !exists(dir); dir = dirname(dir)) missing.unshift(dir);
  const args: string[] = [];
  for (const dir of missing) {
    args.push("--perms", PARENT_MODE, "--dir", dir);
    made.add(dir);
  }
  return args;
}

/** The filesystem part of the bwrap command line, in mount order. */
export function filesystemArgs(request: NormalizedRequest, host: HostContext): string[] {
  const args: string[] = [];
  const systemDirs: string[] = [];
  for (const { path, link } of host.system) {
    if (link === undefined) {
      args.push("--ro-bind", path, path);
      systemDirs.push(path);
    } else args.push("--symlink", link, path);
  }
  args.push("--perms", PARENT_MODE, "--dir", "/etc");
  for (const file of host.etcFiles) args.push("--ro-bind", file, file);
  if (host.localtime !== undefined) args.push("--symlink", host.localtime, "/etc/localtime");
  args.push("--perms", TMP_MODE, "--size", String(SANDBOX_TMP_BYTES), "--tmpfs", "/tmp");
  args.push("--proc", "/proc", "--dev", "/dev");

  const made = new Set(["/", "/etc", "/tmp", "/proc", "/dev"]);
  const readable = outermost(
    request.readable.map((path) => canonical(path, host)),
    [...systemDirs, "/proc", "/dev"],
  );
  const bound = [...systemDirs];
  for (const path of readable) {
    args.push(...parents(path, made, bound), "--ro-bind", path, path);
    bound.push(path);
  }
  // Writable folders come last, so that one inside a readable folder is mounted over it.
  for (const path of outermost(
    request.writable.map((path) => canonical(path, host)),
    [],
  )) {
    args.push(...parents(path, made, bound), "--bind", path, path);
    bound.push(path);
  }
  return args;
}
