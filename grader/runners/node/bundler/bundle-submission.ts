// Bundles a .ts/.js submission with esbuild (inside the sandboxed bundling child), confined to the submission's
// staged folder: "numpy" and "nn-grader/reference" become the driver's np shim, Node's built-in modules stay
// imports, and any other path outside the folder is refused, so nothing else on disk ends up in the bundle.
import { builtinModules } from "node:module";
import { isAbsolute, join, resolve, sep } from "node:path";
import type { Message, Plugin } from "esbuild";
import type { GraderNote, StudentError } from "../../types.js";
import { NUMPY_GLOBAL } from "../numpy-global.js";
import { isMissingLocal, standInSource } from "./missing-local.js";

type Esbuild = typeof import("esbuild");

const SHIM_NAMESPACE = "nn-grader-numpy";
const MISSING_NAMESPACE = "nn-grader-missing";
const NUMPY_ALIASES = /^(numpy|nn-grader\/reference)$/;
const BUILTINS = new Set(builtinModules);

// The virtual module: default export, `np`, and each member of np as a named export.
function shimSource(members: readonly string[]): string {
  const lines = [
    `const np = globalThis[Symbol.for(${JSON.stringify(NUMPY_GLOBAL)})];`,
    "export default np;",
    "export { np };",
  ];
  for (const name of members) lines.push(`export const ${name} = np.${name};`);
  return lines.join("\n");
}

function inside(path: string, folder: string): boolean {
  return path === folder || path.startsWith(folder + sep);
}

// Every import goes through here first: the shim, a built-in, a path in the folder, or "Could not resolve".
function confinedImports(folder: string, members: readonly string[], notes: GraderNote[]): Plugin {
  return {
    name: "nn-grader-confine",
    setup(build) {
      build.onResolve({ filter: /.*/ }, (args) => {
        if (args.kind === "entry-point") return undefined;
        if (NUMPY_ALIASES.test(args.path)) return { path: args.path, namespace: SHIM_NAMESPACE };
        if (args.path.startsWith("node:") || BUILTINS.has(args.path))
          return { path: args.path, external: true };
        const relative = args.path.startsWith("./") || args.path.startsWith("../");
        const target = resolve(args.resolveDir, args.path);
        if ((relative || isAbsolute(args.path)) && inside(target, folder)) {
          if (relative && isMissingLocal(target)) {
            const where = `${args.importer.split(sep).pop()}`;
            notes.push({
              kind: "stand-in",
              message: `${where}: ${args.path} was not submitted; a stand-in takes its place, and a graded function that uses it fails`,
              location: where,
            });
            return {
              path: target,
              namespace: MISSING_NAMESPACE,
              pluginData: { specifier: args.path, importer: args.importer },
            };
          }
          return undefined; // esbuild resolves it, within the folder (which holds only the submission)
        }
        return { errors: [{ text: `Could not resolve "${args.path}"` }] };
      });
      build.onLoad({ filter: /.*/, namespace: SHIM_NAMESPACE }, () => ({
        contents: shimSource(members),
        loader: "js",
      }));
      build.onLoad({ filter: /.*/, namespace: MISSING_NAMESPACE }, (args) => ({
        contents: standInSource(args.pluginData.specifier, args.pluginData.importer),
        loader: "js",
      }));
    },
  };
}

// esbuild's first error as the student sees a SyntaxError: message with file and line, the line shown.
async function buildError(
  esbuild: Esbuild,
  errors: readonly Message[],
  file: string,
  filename: string,
): Promise<StudentError> {
  const first = errors[0];
  const type = first.text.startsWith("Could not resolve") ? "ImportError" : "SyntaxError";
  const where = first.location
    ? `${first.location.file.split("/").pop()}, line ${first.location.line}`
    : filename;
  const formatted = await esbuild.formatMessages([{ ...first, notes: [] }], { kind: "error", color: false });
  const error: StudentError = {
    type,
    message: `${first.text} (${where})`,
    traceback: formatted.join("").trim(),
  };
  const inMain = first.location !== null && join(file, "..", first.location.file) === file;
  return inMain && first.location ? { ...error, line: first.location.line } : error;
}

/** The bundle's code (an ES module with an inline source map) for `outfile`, or the error to report. */
export async function bundleSubmission(
  esbuild: Esbuild,
  request: { file: string; filename: string; outfile: string; npMembers: readonly string[] },
): Promise<{ ok: true; code: string; notes: GraderNote[] } | { ok: false; error: StudentError }> {
  const folder = join(request.file, "..");
  const notes: GraderNote[] = [];
  try {
    const result = await esbuild.build({
      entryPoints: [request.file],
      absWorkingDir: folder,
      outfile: request.outfile,
      write: false,
      bundle: true,
      format: "esm",
      platform: "node",
      target: "node20",
      sourcemap: "inline",
      logLevel: "silent",
      // No tsconfig.json from the folders above is read: they are not the student's.
      tsconfigRaw: "{}",
      plugins: [confinedImports(folder, request.npMembers, notes)],
      banner: {
        js: "import { createRequire as __nnGraderRequire } from 'node:module'; const require = __nnGraderRequire(import.meta.url);",
      },
    });
    return { ok: true, code: result.outputFiles[0].text, notes };
  } catch (thrown) {
    const errors = (thrown as { errors?: Message[] }).errors;
    if (!errors || errors.length === 0) throw thrown;
    return { ok: false, error: await buildError(esbuild, errors, request.file, request.filename) };
  }
}
