// nn-grader's Node driver: run as `node <permission flags> --enable-source-maps driver.js` with fd 3 a socket,
// inside the sandbox. Imports one submission's bundle (made beforehand by the bundling child) and serves calls
// of its functions; student output stays on stdout/stderr.
import { openChannel } from "./driver/channel.js";
import { serve } from "./driver/serve.js";

// A student's stray promise or timer must not take the driver down between calls: report it, keep serving.
process.on("unhandledRejection", (reason) => {
  process.stderr.write(`unhandled rejection in the submission: ${String(reason)}\n`);
});
process.on("uncaughtException", (error) => {
  process.stderr.write(`uncaught exception in the submission: ${error.stack ?? String(error)}\n`);
});

const channel = openChannel(3);
await serve(channel);
// Ending the socket flushes the last reply; the grader kills the process group once it has read it.
channel.close();
