// Runs the bundling child for a staged .ts/.js submission, in the same sandbox as the driver will be, and writes
// the bundle it prints into the staging folder. esbuild parses hostile source there, not in the grader.
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { execa } from "execa";
import { NODE_HEAP_FLAG, NODE_LIMITS, nodeReadablePaths } from "../../sandbox/index.js";
import { childEnvironment } from "../child-env.js";
import { InfrastructureError } from "../infrastructure-error.js";
import { sandboxedLaunch } from "../isolation/sandboxed-launch.js";
import type { NormalizedSessionOptions } from "../options.js";
import { checkLoadReply } from "../protocol/messages.js";
import { killChild } from "../spawn-child.js";
import type { StagedSubmission } from "../staging/stage-submission.js";
import type { GraderNote, RunnerIsolationLevel, StudentError } from "../types.js";
import { esbuildModuleUrl, esbuildReadablePaths, nodeScriptPath } from "./node-scripts.js";

/** The bundle's path, or why the submission cannot be bundled (a load failure for every call). */
export type BundleOutcome =
  | { ok: true; bundle: string; notes: readonly GraderNote[] }
  | { ok: false; error: StudentError };

const BUNDLE_NAME = "submission.mjs";

function failure(type: string, message: string, traceback = ""): BundleOutcome {
  return { ok: false, error: { type, message, traceback } };
}

// The bundler's one JSON line, checked: the code, or a StudentError.
function parseAnswer(stdout: string): BundleOutcome | undefined {
  try {
    const answer = JSON.parse(stdout.trim().split("\n").at(-1) ?? "") as {
      ok?: unknown;
      code?: unknown;
      error?: StudentError;
      notes?: unknown;
    };
    // The notes are checked as a driver's are: the bundler parsed hostile source.
    const checked = checkLoadReply({ type: "ready", warnings: [], notes: answer.notes });
    const notes = checked.ok && checked.message.type === "ready" ? checked.message.notes : [];
    if (answer.ok === true && typeof answer.code === "string")
      return { ok: true, bundle: answer.code, notes };
    if (answer.ok === false && typeof answer.error?.message === "string")
      return { ok: false, error: answer.error };
  } catch {}
  return undefined;
}

/** Bundles `staged` into `<staged.workDir>/submission.mjs`, within the load deadline. */
export async function bundleInSandbox(
  staged: StagedSubmission,
  displayName: string,
  options: NormalizedSessionOptions,
  level: RunnerIsolationLevel,
): Promise<BundleOutcome> {
  const bundler = await nodeScriptPath("bundler");
  const outfile = join(staged.workDir, BUNDLE_NAME);
  const marker = `${staged.marker}-bundler`;
  const { launch } = sandboxedLaunch(
    {
      argv: [
        process.execPath,
        NODE_HEAP_FLAG,
        bundler,
        esbuildModuleUrl(),
        staged.path,
        displayName,
        outfile,
      ],
      readable: [bundler, staged.dir, ...esbuildReadablePaths(), ...nodeReadablePaths()],
      limits: NODE_LIMITS,
      env: childEnvironment({}, options.env),
      cwd: staged.dir,
      marker,
    },
    level,
  );
  const child = execa(launch.command, [...launch.args], {
    env: { ...launch.env },
    extendEnv: false,
    cwd: launch.cwd,
    stdin: "ignore",
    detached: true,
    cleanup: false,
    reject: false,
    timeout: options.loadDeadlineMs,
    killSignal: "SIGKILL",
    maxBuffer: { stdout: options.responseCapBytes, stderr: 64 * 1024 },
  });
  const result = await child;
  if (child.pid !== undefined) await killChild(child.pid, marker);
  if (result.failed && result.exitCode === undefined && !result.timedOut && !result.isMaxBuffer) {
    throw new InfrastructureError(
      `the bundler for ${displayName} could not be started: ${result.shortMessage}`,
    );
  }
  if (result.timedOut) {
    return failure("LoadTimeout", `${displayName} could not be bundled within ${options.loadDeadlineMs} ms`);
  }
  if (result.isMaxBuffer) {
    return failure("BundleTooLarge", `${displayName} bundles to more than ${options.responseCapBytes} bytes`);
  }
  const answer = parseAnswer(String(result.stdout));
  if (answer === undefined) {
    const why = String(result.stderr).trim().split("\n").slice(-8).join("\n");
    return failure("BundleFailed", `${displayName} could not be bundled (exit code ${result.exitCode})`, why);
  }
  if (!answer.ok) return answer;
  await writeFile(outfile, answer.bundle, { mode: 0o644 });
  return { ok: true, bundle: outfile, notes: answer.notes };
}
