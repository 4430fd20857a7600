// How to run a .ts/.js/.mjs submission: bundle it in a first sandboxed child, then import the bundle in the
// driver, a second sandboxed child under Node's permission model (read two files, nothing else).
import { NODE_HEAP_FLAG, NODE_LIMITS, nodeReadablePaths } from "../../sandbox/index.js";
import type { Submission } from "../../submissions/load-submission.js";
import { childEnvironment } from "../child-env.js";
import { sandboxedLaunch } from "../isolation/sandboxed-launch.js";
import type { NormalizedSessionOptions } from "../options.js";
import type { DriverPlan } from "../session/driver-session.js";
import type { StagedSubmission } from "../staging/stage-submission.js";
import type { RunnerIsolationLevel, StudentError } from "../types.js";
import { bundleInSandbox } from "./bundle-in-sandbox.js";
import { nodeScriptPath } from "./node-scripts.js";
import { permissionFlags } from "./permission-flags.js";

/** The plan for a JavaScript or TypeScript submission, or the error that stopped its bundling. */
export async function nodePlan(
  submission: Extract<Submission, { kind: "script" }>,
  staged: StagedSubmission,
  options: NormalizedSessionOptions,
  level: RunnerIsolationLevel,
): Promise<DriverPlan | { readonly failed: StudentError }> {
  const { displayName } = submission;
  const bundled = await bundleInSandbox(staged, displayName, options, level);
  if (!bundled.ok) return { failed: bundled.error };
  const driver = await nodeScriptPath("driver");
  // Without a sandbox (benchmarks) the permission model is left off too: "none" measures a bare child.
  const permissions = level === "none" ? [] : permissionFlags([driver, bundled.bundle]);
  const { launch, isolation } = sandboxedLaunch(
    {
      argv: [process.execPath, NODE_HEAP_FLAG, ...permissions, "--enable-source-maps", driver],
      readable: [driver, staged.dir, ...nodeReadablePaths()],
      limits: NODE_LIMITS,
      env: childEnvironment({}, options.env),
      cwd: staged.dir,
      marker: staged.marker,
    },
    level,
  );
  return {
    displayName,
    launch,
    load: { op: "load", mode: "script", filename: displayName, path: staged.path, bundle: bundled.bundle },
    isolation,
    notes: bundled.notes,
    dispose: staged.dispose,
  };
}
