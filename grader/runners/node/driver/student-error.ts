// Thrown values from student code as StudentErrors, with the stack cut down to the student's own frames.
import { dirname } from "node:path";
import type { StudentError } from "../../types.js";

const MESSAGE_CAP = 2000;
const FRAME = /^\s*at (?:(.*?) \()?(.+?):(\d+):(\d+)\)?$/;

function cap(text: string): string {
  return text.length > MESSAGE_CAP ? `${text.slice(0, MESSAGE_CAP - 3)}...` : text;
}

/** Turns anything thrown into a StudentError; `file` is the submission's absolute path. */
export function studentError(thrown: unknown, file: string): StudentError {
  if (!(thrown instanceof Error)) {
    const type =
      thrown === null || thrown === undefined
        ? String(thrown)
        : typeof thrown === "object"
          ? (thrown.constructor?.name ?? "Object")
          : typeof thrown;
    return { type, message: cap(String(thrown)), traceback: `Uncaught ${type}: ${cap(String(thrown))}` };
  }
  const dir = dirname(file);
  const frames: string[] = [];
  let line: number | undefined;
  for (const text of (thrown.stack ?? "").split("\n").slice(1)) {
    const match = FRAME.exec(text);
    if (!match) continue;
    const location = match[2].replace(/^file:\/\//, "");
    if (!location.startsWith(`${dir}/`)) continue;
    const shown = location.slice(dir.length + 1);
    frames.push(
      `    at ${match[1] ? `${match[1]} (` : ""}${shown}:${match[3]}:${match[4]}${match[1] ? ")" : ""}`,
    );
    if (line === undefined && location === file) line = Number(match[3]);
  }
  const message = cap(thrown.message);
  const traceback = [`${thrown.name}: ${message}`, ...frames].join("\n");
  const error = { type: thrown.name || "Error", message, traceback };
  return line === undefined ? error : { ...error, line };
}
