// Finds which isolation the machine offers: bubblewrap, else an unprivileged user+net namespace, else rlimits only.
import { accessSync, constants } from "node:fs";
import { delimiter, join } from "node:path";
import { execa } from "execa";
import type { DoctorItem } from "./doctor-item.js";

/** The strongest isolation that works here, strongest first. */
export type IsolationKind = "bubblewrap" | "unshare" | "rlimits";

const TRY_TIMEOUT_MS = 10_000;

/** The first executable called `name` on PATH. */
export function onPath(name: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  for (const dir of (env.PATH ?? "").split(delimiter)) {
    if (dir === "") continue;
    try {
      accessSync(join(dir, name), constants.X_OK);
      return join(dir, name);
    } catch {}
  }
  return undefined;
}

// Runs a probe command; undefined when it worked, else the first line it printed on stderr.
async function failureOf(command: string, args: string[]): Promise<string | undefined> {
  const result = await execa(command, args, { reject: false, timeout: TRY_TIMEOUT_MS });
  if (result.exitCode === 0) return undefined;
  return String(result.stderr).split("\n")[0] || `exit code ${result.exitCode ?? result.signal}`;
}

/** The isolation line of the doctor report and the kind in force. */
export async function probeIsolation(): Promise<{ item: DoctorItem; kind: IsolationKind }> {
  const bwrap = onPath("bwrap");
  let bwrapProblem = "not installed";
  let fix = "install bubblewrap: sudo apt-get install bubblewrap";
  if (bwrap !== undefined) {
    const failed = await failureOf(bwrap, ["--ro-bind", "/", "/", "true"]);
    if (failed === undefined)
      return {
        kind: "bubblewrap",
        item: { name: "isolation", status: "ok", detail: `bubblewrap (${bwrap})` },
      };
    bwrapProblem = `bwrap cannot create its namespaces: ${failed}`;
    fix =
      "allow unprivileged user namespaces (sysctl kernel.unprivileged_userns_clone=1, or an AppArmor profile for bwrap)";
  }
  const unshare = onPath("unshare");
  const unshareFailed =
    unshare === undefined
      ? "unshare not found"
      : await failureOf(unshare, ["--user", "--map-root-user", "--net", "true"]);
  if (unshareFailed === undefined) {
    return {
      kind: "unshare",
      item: {
        name: "isolation",
        status: "missing",
        detail: `bubblewrap: ${bwrapProblem}; in force: unshare --user --net (no filesystem isolation)`,
        fix,
      },
    };
  }
  return {
    kind: "rlimits",
    item: {
      name: "isolation",
      status: "missing",
      detail: `bubblewrap: ${bwrapProblem}; in force: rlimits only`,
      fix,
    },
  };
}
