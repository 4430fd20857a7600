// What goes into the autograder zip: the two scripts Gradescope runs, the rubric, and nn-grader itself
// as built (dist/, the non-TypeScript files under grader/, rubrics/, schemas/, package files), never
// node_modules: setup.sh installs the runtime dependencies with `npm ci --omit=dev`.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { packageFile } from "../runners/package-root.js";
import { ZIP_LAYOUT } from "./paths.js";
import type { ZipEntry } from "./zip.js";

/** Mode of the two scripts Gradescope executes. */
const EXECUTABLE = 0o755;

/** Compiled files that are of no use at run time (declarations, source maps into sources not shipped). */
const BUILD_ONLY = [".d.ts", ".d.ts.map", ".js.map"];

// The zip's entries for the rubric file given (already validated by the caller).
export function autograderEntries(rubricFile: string): ZipEntry[] {
  const root = packageFile();
  if (!existsSync(join(root, "dist", "grader", "cli", "main.js")))
    throw new Error(`nn-grader is not built (${join(root, "dist")} is missing): run \`npm run build\` first`);
  const inGrader = (path: string) => `${ZIP_LAYOUT.grader}/${path}`;
  const copy = (path: string): ZipEntry => ({ name: inGrader(path), data: readFileSync(join(root, path)) });
  return [
    { name: ZIP_LAYOUT.setup, data: template("setup.sh"), mode: EXECUTABLE },
    { name: ZIP_LAYOUT.run, data: template("run_autograder"), mode: EXECUTABLE },
    { name: ZIP_LAYOUT.rubric, data: readFileSync(rubricFile) },
    { name: inGrader("package.json"), data: runtimePackageJson(join(root, "package.json")) },
    copy("package-lock.json"),
    ...filesUnder(root, "dist", (path) => !BUILD_ONLY.some((ending) => path.endsWith(ending))).map(copy),
    ...filesUnder(root, "grader", (path) => !path.endsWith(".ts") && !isBytecode(path)).map(copy),
    ...filesUnder(root, "rubrics", () => true).map(copy),
    ...filesUnder(root, "schemas", () => true).map(copy),
  ];
}

function template(name: string): Buffer {
  return readFileSync(packageFile("grader", "gradescope", "templates", name));
}

// package.json without its scripts: `npm ci` would otherwise run `prepare` (a TypeScript build), which
// needs the dev dependencies that setup.sh leaves out; dist/ ships already built.
function runtimePackageJson(path: string): Buffer {
  const manifest = JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;
  delete manifest.scripts;
  return Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`);
}

function isBytecode(path: string): boolean {
  return path.endsWith(".pyc") || path.split("/").includes("__pycache__");
}

// Files under root/folder (recursively, sorted), as root-relative paths with forward slashes.
function filesUnder(root: string, folder: string, keep: (path: string) => boolean): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) {
        const rel = relative(root, path).split(sep).join("/");
        if (keep(rel)) out.push(rel);
      }
    }
  };
  walk(join(root, folder));
  return out.sort();
}
