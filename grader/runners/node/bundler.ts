// nn-grader's bundling child: `node bundler.js <esbuild module URL> <file> <display name> <outfile>`, run in the
// sandbox before the driver. It runs no student code: esbuild only parses the submission. It prints one JSON
// line on stdout, {ok: true, code} or {ok: false, error}; the grader writes the code where the driver reads it.
import { np } from "../../../reference/numpy-shim/index.js";
import { bundleSubmission } from "./bundler/bundle-submission.js";

const [esbuildUrl, file, filename, outfile] = process.argv.slice(2);
if (outfile === undefined) {
  process.stderr.write("nn-grader bundler: expected <esbuild URL> <file> <display name> <outfile>\n");
  process.exit(2);
}
// esbuild is CommonJS: its functions are the namespace's own exports or those of its default export.
const loaded = (await import(esbuildUrl)) as typeof import("esbuild") & {
  default?: typeof import("esbuild");
};
const esbuild = typeof loaded.build === "function" ? loaded : (loaded.default as typeof import("esbuild"));
try {
  const result = await bundleSubmission(esbuild, { file, filename, outfile, npMembers: Object.keys(np) });
  process.stdout.write(`${JSON.stringify(result)}\n`);
} finally {
  await esbuild.stop();
}
