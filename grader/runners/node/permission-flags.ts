// Node's permission model, the second layer around a JavaScript child: it may read the files named, and may not
// write files, start processes or workers, or load native addons.

/** Node ≥ 22 spells the switch --permission; Node 20 has it as --experimental-permission. */
function permissionSwitch(version: string): string {
  return Number.parseInt(version, 10) >= 22 ? "--permission" : "--experimental-permission";
}

/**
 * The node flags that confine a child to reading `readable` (files or folders, absolute paths). No
 * --allow-fs-write, --allow-child-process, --allow-worker or --allow-addons: each stays refused
 * (ERR_ACCESS_DENIED). Node 20 warns on stderr that the model is experimental; that warning is silenced so
 * that the student's captured stderr holds only what the student printed.
 */
export function permissionFlags(
  readable: readonly string[],
  version: string = process.versions.node,
  supports: (flag: string) => boolean = (flag) => process.allowedNodeEnvironmentFlags.has(flag),
): string[] {
  const flags = [permissionSwitch(version), ...readable.map((path) => `--allow-fs-read=${path}`)];
  if (supports("--disable-warning")) flags.push("--disable-warning=ExperimentalWarning");
  return flags;
}
