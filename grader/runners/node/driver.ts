// nn-grader's Node driver: run as `node --enable-source-maps driver.js <esbuild module URL>` with fd 3 a socket.
// Loads one .ts/.js/.mjs submission and serves calls of its functions; student output stays on stdout/stderr.
import { openChannel } from "./driver/channel.js";
import { serve } from "./driver/serve.js";

// A student's stray promise or timer must not take the driver down between calls: report it, keep serving.
process.on("unhandledRejection", (reason) => {
  process.stderr.write(`unhandled rejection in the submission: ${String(reason)}\n`);
});
process.on("uncaughtException", (error) => {
  process.stderr.write(`uncaught exception in the submission: ${error.stack ?? String(error)}\n`);
});

const esbuildUrl = process.argv[2];
if (esbuildUrl === undefined) {
  process.stderr.write("nn-grader node driver: missing the esbuild module URL argument\n");
  process.exit(2);
}
// esbuild is CommonJS: its functions are the namespace's own exports or those of its default export.
const loaded = (await import(esbuildUrl)) as typeof import("esbuild") & {
  default?: typeof import("esbuild");
};
const esbuild = typeof loaded.build === "function" ? loaded : (loaded.default as typeof import("esbuild"));
const channel = openChannel(3);
await serve(channel, esbuild);
// Ending the socket flushes the last reply; the grader kills the process group once it has read it.
channel.close();
