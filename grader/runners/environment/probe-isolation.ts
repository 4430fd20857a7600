// Finds which isolation the runners will use, with the sandbox's own probes (the very command lines each level
// runs): bubblewrap, else user+network+pid namespaces, else rlimits only; and says how to get bubblewrap.
import { accessSync, constants } from "node:fs";
import { delimiter, join } from "node:path";
import { execa } from "execa";
import { isolationWorks } from "../../sandbox/index.js";
import { ISOLATION_VARIABLE } from "../isolation/choose-isolation.js";
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

// Why bwrap cannot make a sandbox here: the first line it prints when asked for the simplest one.
async function bwrapProblem(bwrap: string): Promise<string> {
  const result = await execa(bwrap, ["--ro-bind", "/", "/", "true"], {
    reject: false,
    timeout: TRY_TIMEOUT_MS,
  });
  const why = String(result.stderr).split("\n")[0];
  return result.exitCode === 0
    ? "bwrap runs, but not the sandbox's command line (setpriv, unshare --user or prlimit failed)"
    : `bwrap cannot create its namespaces: ${why || `exit code ${result.exitCode ?? result.signal}`}`;
}

// A note when the environment lowers the level for the runners.
function lowered(env: NodeJS.ProcessEnv): string {
  const asked = env[ISOLATION_VARIABLE];
  return asked ? `; ${ISOLATION_VARIABLE}=${asked} is set: the runners use that level` : "";
}

/** The isolation line of the doctor report and the kind in force. */
export async function probeIsolation(env: NodeJS.ProcessEnv = process.env): Promise<{
  item: DoctorItem;
  kind: IsolationKind;
}> {
  const bwrap = onPath("bwrap", env);
  if (bwrap !== undefined && (await isolationWorks("bubblewrap"))) {
    return {
      kind: "bubblewrap",
      item: { name: "isolation", status: "ok", detail: `bubblewrap (${bwrap})${lowered(env)}` },
    };
  }
  const problem = bwrap === undefined ? "not installed" : await bwrapProblem(bwrap);
  const fix =
    bwrap === undefined
      ? "install bubblewrap: sudo apt-get install bubblewrap"
      : "allow unprivileged user namespaces (sysctl kernel.unprivileged_userns_clone=1, or an AppArmor profile for bwrap)";
  if (await isolationWorks("namespaces")) {
    return {
      kind: "unshare",
      item: {
        name: "isolation",
        status: "missing",
        detail: `bubblewrap: ${problem}; in force: namespaces (private filesystem, network, pid and user namespaces, without bubblewrap)${lowered(env)}`,
        fix,
      },
    };
  }
  return {
    kind: "rlimits",
    item: {
      name: "isolation",
      status: "missing",
      detail: `bubblewrap: ${problem}; in force: rlimits only${lowered(env)}`,
      fix,
    },
  };
}
