// Finds the Node driver: dist/…/driver.js when running compiled, or a bundle of driver.ts made once per process
// when running from the TypeScript sources (vitest, tsx), so tests never run a stale dist/.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { packageFile, runningFromSource } from "../package-root.js";

let fromSource: Promise<string> | undefined;

// Content-addressed, so concurrent test workers share one file and an edit of the sources makes a new one.
async function bundleDriverSource(): Promise<string> {
  const esbuild = await import("esbuild");
  const result = await esbuild.build({
    entryPoints: [packageFile("grader", "runners", "node", "driver.ts")],
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node20",
    write: false,
    sourcemap: "inline",
    logLevel: "silent",
    external: ["esbuild"],
  });
  const code = result.outputFiles[0].contents;
  const file = join(
    tmpdir(),
    `nn-grader-node-driver-${createHash("sha256").update(code).digest("hex").slice(0, 16)}.mjs`,
  );
  if (!existsSync(file) || !readFileSync(file).equals(Buffer.from(code))) {
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, code);
    renameSync(temp, file);
  }
  return file;
}

/** The path of the driver script to run with node. */
export function nodeDriverPath(): Promise<string> {
  if (!runningFromSource()) return Promise.resolve(fileURLToPath(new URL("./driver.js", import.meta.url)));
  fromSource ??= bundleDriverSource();
  return fromSource;
}

/** The file URL of esbuild's JS API, passed to the driver (which may live outside the package when bundled). */
export function esbuildModuleUrl(): string {
  return pathToFileURL(createRequire(import.meta.url).resolve("esbuild")).href;
}
