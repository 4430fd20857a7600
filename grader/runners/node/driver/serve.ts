// The Node driver's loop: import the submission's bundle (made by the bundling child) once, then answer call
// requests in order.
import { pathToFileURL } from "node:url";
import { np } from "../../../../reference/numpy-shim/index.js";
import type { CallMessage, LoadRequest } from "../../protocol/messages.js";
import type { WireValue } from "../../types.js";
import { NUMPY_GLOBAL } from "../numpy-global.js";
import type { DriverChannel } from "./channel.js";
import { decode } from "./decode.js";
import { encode, encodeLike } from "./encode.js";
import { exportedFunctionNames, findFunction } from "./find-function.js";
import { studentError } from "./student-error.js";

/** Every call without disturbRng starts from this seed: unseeded code draws the same on every call. */
const STARTING_SEED = 0;

/** How many normals disturbRng draws after seeding (an odd count also leaves a cached gauss value). */
const DISTURB_DRAWS = 3;

type ScriptLoad = Extract<LoadRequest, { mode: "script" }>;
type Exports = Record<string, unknown>;

async function load(
  request: ScriptLoad,
): Promise<{ ok: true; exports: Exports } | { ok: false; reply: unknown }> {
  (globalThis as Record<symbol, unknown>)[Symbol.for(NUMPY_GLOBAL)] = np;
  try {
    return { ok: true, exports: (await import(pathToFileURL(request.bundle).href)) as Exports };
  } catch (thrown) {
    return { ok: false, reply: { type: "load-failed", error: studentError(thrown, request.path) } };
  }
}

async function call(exports: Exports, file: string, request: CallMessage): Promise<unknown> {
  const reply = { type: "result", id: request.id };
  const fn = findFunction(exports, request.function);
  if (fn === undefined) return { ...reply, status: "missing", available: exportedFunctionNames(exports) };
  let args: unknown[];
  try {
    args = request.args.map(decode);
  } catch (error) {
    return { type: "protocol-error", id: request.id, message: `bad argument: ${(error as Error).message}` };
  }
  if (request.disturbRng !== undefined) {
    np.random.seed(request.disturbRng);
    np.random.randn(DISTURB_DRAWS);
  } else {
    np.random.seed(STARTING_SEED);
  }
  const started = performance.now();
  let value: unknown;
  try {
    value = await fn(...args);
  } catch (thrown) {
    return { ...reply, status: "raised", error: studentError(thrown, file) };
  }
  const durationMs = performance.now() - started;
  const returned = { ...reply, status: "returned", value: encode(value), durationMs };
  if (!request.returnArgs) return returned;
  return { ...returned, argsAfter: args.map((arg, i) => encodeLike(request.args[i] as WireValue, arg)) };
}

/** Serves one submission until the grader closes the channel. */
export async function serve(channel: DriverChannel): Promise<void> {
  let exports: Exports | undefined;
  let file = "";
  for await (const line of channel.requests) {
    const request = channel.parse(line) as LoadRequest | CallMessage;
    if (request.op === "load" && request.mode === "script" && exports === undefined) {
      file = request.path;
      channel.replyCap = request.replyCapBytes;
      const loaded = await load(request);
      if (!loaded.ok) {
        channel.send(loaded.reply);
        return;
      }
      exports = loaded.exports;
      channel.send({ type: "ready", warnings: [] });
    } else if (request.op === "call" && exports !== undefined) {
      // A throw here is a driver bug or a bad request (the student's errors are caught inside call()).
      const reply = await call(exports, file, request).catch((error: unknown) => ({
        type: "protocol-error",
        id: request.id,
        message: `driver error: ${String(error)}`,
      }));
      channel.send(reply);
    } else {
      channel.send({
        type: "protocol-error",
        id: (request as { id?: number }).id,
        message: `unexpected ${request.op}`,
      });
    }
  }
}
