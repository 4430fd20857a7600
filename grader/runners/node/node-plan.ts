// How to run a .ts/.js/.mjs submission: plain node with source maps, the Node driver, a bundle dir per session.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { Submission } from "../../submissions/load-submission.js";
import { childEnvironment } from "../child-env.js";
import type { NormalizedSessionOptions } from "../options.js";
import type { DriverPlan } from "../session/driver-session.js";
import { esbuildModuleUrl, nodeDriverPath } from "./locate-driver.js";

/** The plan for a JavaScript or TypeScript submission; its bundle folder is removed when the session closes. */
export async function nodePlan(
  submission: Extract<Submission, { kind: "script" }>,
  options: NormalizedSessionOptions,
): Promise<DriverPlan> {
  const workDir = await mkdtemp(join(tmpdir(), "nn-grader-bundle-"));
  const { path, displayName } = submission;
  return {
    displayName,
    launch: {
      command: process.execPath,
      args: ["--enable-source-maps", await nodeDriverPath(), esbuildModuleUrl()],
      env: childEnvironment({}, options.env),
      cwd: dirname(path),
    },
    load: { op: "load", mode: "script", filename: displayName, path, workDir },
    dispose: () => rm(workDir, { recursive: true, force: true }),
  };
}
