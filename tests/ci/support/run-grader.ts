// Runs the built `grader` CLI as users do, with an environment free of the caller's GitHub variables.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/** The built CLI: these tests run what users run, so `npm run build` must come first (as `npm test` does). */
export const MAIN = "dist/grader/cli/main.js";

/** What a run of the CLI gave back. */
export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

// Runs `grader ARGS` from the repository root; `env` is added to a copy without GITHUB_* variables,
// so a test run inside GitHub Actions does not write to the job's own step summary.
export function grader(args: readonly string[], env: Record<string, string> = {}): CliRun {
  const base = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith("GITHUB_")));
  const run = spawnSync(process.execPath, [MAIN, ...args], {
    encoding: "utf8",
    env: { ...base, ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

// Fails early and plainly when dist/ is missing or older than the sources these tests exercise.
export function assertBuilt(sourceFolders: readonly string[]): void {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run \`npm run build\` first`);
  const stale = sourceFolders
    .flatMap((folder) =>
      statSync(folder).isDirectory()
        ? readdirSync(folder)
            .filter((name) => name.endsWith(".ts"))
            .map((name) => join(folder, name))
        : [folder],
    )
    .filter((source) => {
      const built = join("dist", source.replace(/\.ts$/, ".js"));
      return !existsSync(built) || statSync(source).mtimeMs > statSync(built).mtimeMs;
    });
  if (stale.length > 0)
    throw new Error(`dist is older than ${stale.join(", ")}: run \`npm run build\` first`);
}
