// Reads a submission file and recognises it: Python, notebook or JS/TS script, or a reason it cannot run.
import { readFile, stat } from "node:fs/promises";
import { basename, extname, resolve } from "node:path";
import type { StudentError } from "../runners/types.js";
import { type NotebookCell, parseNotebook } from "./notebook/parse-notebook.js";
import { decodeUtf8 } from "./utf8.js";
import { contentProblem, sizeProblem } from "./wrong-file.js";

/** Extensions the runners accept, in the order messages list them. */
export const SUBMISSION_EXTENSIONS = [".py", ".ipynb", ".ts", ".js", ".mjs"] as const;

interface Located {
  /** Absolute path of the file. */
  readonly path: string;
  /** The file's base name, used in every message the student sees. */
  readonly displayName: string;
}

/** A recognised submission, or the reason it cannot be run (a load failure for every call). */
export type Submission =
  | (Located & { readonly kind: "python"; readonly source: string })
  | (Located & { readonly kind: "notebook"; readonly cells: readonly NotebookCell[] })
  | (Located & { readonly kind: "script"; readonly language: "typescript" | "javascript" })
  | (Located & { readonly kind: "invalid"; readonly error: StudentError });

function fileError(type: string, message: string): StudentError {
  return { type, message, traceback: "" };
}

function hex(byte: number): string {
  return `0x${byte.toString(16).padStart(2, "0")}`;
}

/** Reads and recognises a submission; never throws for anything about the file itself. */
export async function loadSubmission(file: string): Promise<Submission> {
  const path = resolve(file);
  const located = { path, displayName: basename(path) };
  const invalid = (type: string, message: string): Submission => ({
    ...located,
    kind: "invalid",
    error: fileError(type, message),
  });
  const ext = extname(path).toLowerCase();
  if (!(SUBMISSION_EXTENSIONS as readonly string[]).includes(ext)) {
    const shownExt = ext === "" ? "(no extension)" : ext;
    return invalid(
      "UnsupportedFileType",
      `unknown file type ${shownExt}: expected .py, .ipynb, .ts, .js or .mjs`,
    );
  }
  let bytes: Uint8Array;
  try {
    const tooLarge = sizeProblem(located.displayName, ext, (await stat(path)).size);
    if (tooLarge !== undefined) return invalid(tooLarge.type, tooLarge.message);
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "error";
    return invalid("FileNotReadable", `${located.displayName} could not be read (${code})`);
  }
  const wrong = contentProblem(located.displayName, ext, bytes);
  if (wrong !== undefined) return invalid(wrong.type, wrong.message);
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    return invalid(
      "InvalidEncoding",
      `${located.displayName} is not valid UTF-8 text (byte ${hex(decoded.byte)} at offset ${decoded.offset})`,
    );
  }
  if (decoded.text.trim() === "")
    return invalid("EmptySubmission", `${located.displayName} is empty: no functions to grade`);
  if (ext === ".py") return { ...located, kind: "python", source: decoded.text };
  if (ext === ".ipynb") {
    const notebook = parseNotebook(decoded.text, located.displayName);
    return notebook.ok
      ? { ...located, kind: "notebook", cells: notebook.cells }
      : { ...located, kind: "invalid", error: notebook.error };
  }
  return { ...located, kind: "script", language: ext === ".ts" ? "typescript" : "javascript" };
}
