// Bundles a .ts/.js submission with esbuild inside the child (so its imports resolve only in the child's
// filesystem), with "numpy" and "nn-grader/reference" bound to the one shared np shim of this process.
import { join } from "node:path";
import type { Message, Plugin } from "esbuild";
import type { StudentError } from "../../types.js";

type Esbuild = typeof import("esbuild");

/** Where the driver publishes its np object for the bundle's virtual "numpy" module to pick up. */
export const NUMPY_GLOBAL = "nn-grader.numpy";
const SHIM_NAMESPACE = "nn-grader-numpy";

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

function numpyPlugin(members: readonly string[]): Plugin {
  return {
    name: "nn-grader-numpy",
    setup(build) {
      build.onResolve({ filter: /^(numpy|nn-grader\/reference)$/ }, (args) => ({
        path: args.path,
        namespace: SHIM_NAMESPACE,
      }));
      build.onLoad({ filter: /.*/, namespace: SHIM_NAMESPACE }, () => ({
        contents: shimSource(members),
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

/** The bundled module's path, or the build error to report as a load failure. */
export async function bundleSubmission(
  esbuild: Esbuild,
  file: string,
  filename: string,
  workDir: string,
  npMembers: readonly string[],
): Promise<{ ok: true; outfile: string } | { ok: false; error: StudentError }> {
  const outfile = join(workDir, "submission.mjs");
  try {
    await esbuild.build({
      entryPoints: [file],
      absWorkingDir: join(file, ".."),
      outfile,
      bundle: true,
      format: "esm",
      platform: "node",
      target: "node20",
      sourcemap: "inline",
      logLevel: "silent",
      plugins: [numpyPlugin(npMembers)],
      banner: {
        js: "import { createRequire as __nnGraderRequire } from 'node:module'; const require = __nnGraderRequire(import.meta.url);",
      },
    });
    return { ok: true, outfile };
  } catch (thrown) {
    const errors = (thrown as { errors?: Message[] }).errors;
    if (!errors || errors.length === 0) throw thrown;
    return { ok: false, error: await buildError(esbuild, errors, file, filename) };
  } finally {
    await esbuild.stop();
  }
}
