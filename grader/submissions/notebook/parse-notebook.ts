// Reads an .ipynb text into the Python code cells the driver runs, or a student-facing reason it cannot.
import type { StudentError } from "../../runners/types.js";
import { stripMagics } from "./strip-magics.js";
import { notebookSchemaProblem } from "./validate-notebook.js";

/** A code cell to run: its 1-based position among all cells, its Python source, and its name as Jupyter
 * shows it: "In [7]" (its execution count) or, when it never ran, "code cell 4" (counting code cells only). */
export interface NotebookCell {
  readonly cell: number;
  readonly source: string;
  readonly label: string;
}

/** The code cells, or why the notebook cannot be graded. */
export type ParsedNotebook =
  | { readonly ok: true; readonly cells: readonly NotebookCell[] }
  | { readonly ok: false; readonly error: StudentError };

interface RawCell {
  readonly cell_type: string;
  readonly source: string | readonly string[];
  readonly execution_count?: number | null;
}

// The name Jupyter shows beside a code cell.
function cellLabel(raw: RawCell, codeIndex: number): string {
  const count = raw.execution_count;
  return typeof count === "number" ? `In [${count}]` : `code cell ${codeIndex}`;
}

interface RawNotebook {
  readonly metadata: { kernelspec?: { language?: string }; language_info?: { name?: string } };
  readonly cells: readonly RawCell[];
}

function invalid(message: string): ParsedNotebook {
  return { ok: false, error: { type: "InvalidNotebook", message, traceback: "" } };
}

// JSON that is not a notebook at all, or a notebook in the format of IPython 2 and older: said by name.
function notNotebookProblem(data: unknown, displayName: string): string | undefined {
  const record =
    data !== null && typeof data === "object" && !Array.isArray(data)
      ? (data as Record<string, unknown>)
      : undefined;
  if (record === undefined || !("nbformat" in record || "cells" in record || "worksheets" in record)) {
    const what = Array.isArray(data)
      ? "a list"
      : record === undefined
        ? `a ${data === null ? "null" : typeof data}`
        : "an object";
    return `${displayName} is JSON but not a Jupyter notebook (${what} without "nbformat" or "cells"): submit the .ipynb file that Jupyter saves`;
  }
  if (typeof record.nbformat === "number" && record.nbformat < 4) {
    return `${displayName} is an nbformat ${record.nbformat} notebook (saved by IPython 2 or older), not a valid nbformat 4 notebook: open it in Jupyter and save it again, or run \`jupyter nbconvert --to notebook ${displayName}\``;
  }
  return undefined;
}

// Non-Python notebooks (R, Julia…) are refused by name rather than failing later with a SyntaxError.
function language(notebook: RawNotebook): string | undefined {
  return notebook.metadata.kernelspec?.language ?? notebook.metadata.language_info?.name;
}

/** Parses and validates notebook JSON (nbformat 4), then extracts its code cells without IPython syntax. */
export function parseNotebook(text: string, displayName: string): ParsedNotebook {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return invalid(`${displayName}: not valid JSON: ${(error as Error).message}`);
  }
  const wrong = notNotebookProblem(data, displayName);
  if (wrong !== undefined) return invalid(wrong);
  const problem = notebookSchemaProblem(data);
  if (problem !== undefined) return invalid(`${displayName}: not a valid nbformat 4 notebook: ${problem}`);
  const notebook = data as RawNotebook;
  const lang = language(notebook);
  if (lang !== undefined && lang.toLowerCase() !== "python") {
    return invalid(`${displayName} is a ${lang} notebook: expected a Python notebook`);
  }
  const cells: NotebookCell[] = [];
  let codeIndex = 0;
  notebook.cells.forEach((raw, index) => {
    if (raw.cell_type !== "code") return;
    codeIndex += 1;
    const joined = typeof raw.source === "string" ? raw.source : raw.source.join("");
    const source = stripMagics(joined.replaceAll("\r\n", "\n"));
    if (source !== undefined && source.trim() !== "")
      cells.push({ cell: index + 1, source, label: cellLabel(raw, codeIndex) });
  });
  if (cells.length === 0) {
    return {
      ok: false,
      error: {
        type: "EmptySubmission",
        message: `${displayName} has no code cells: no functions to grade`,
        traceback: "",
      },
    };
  }
  return { ok: true, cells };
}
