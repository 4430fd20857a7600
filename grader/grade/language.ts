// The language of a submission, named from its file extension for reports.
import { extname } from "node:path";
import type { GradeResult } from "./types.js";

const LANGUAGES: Readonly<Record<string, GradeResult["language"]>> = {
  ".py": "python",
  ".ipynb": "notebook",
  ".ts": "typescript",
  ".js": "javascript",
  ".mjs": "javascript",
};

// "python" for a.py, "unknown" for an extension the runners do not serve.
export function languageOf(file: string): GradeResult["language"] {
  return LANGUAGES[extname(file).toLowerCase()] ?? "unknown";
}
