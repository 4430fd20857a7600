// Gradescope's submission_metadata.json, read for the little the grader uses: the submission's id.
import { readFileSync } from "node:fs";

/** What the grader takes from the metadata; absent fields are simply not shown. */
export interface SubmissionMetadata {
  readonly submissionId?: string;
  /** Why the file could not be used, for the instructor's log (never a reason not to grade). */
  readonly problem?: string;
}

// Reads the metadata if it is there; a missing or malformed file grades the submission all the same.
export function readMetadata(path: string): SubmissionMetadata {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === "ENOENT" ? {} : { problem: `${path} could not be read (${code ?? String(error)})` };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { problem: `${path} is not valid JSON (${(error as Error).message})` };
  }
  const id = typeof parsed === "object" && parsed !== null ? (parsed as { id?: unknown }).id : undefined;
  return typeof id === "number" || (typeof id === "string" && id !== "") ? { submissionId: String(id) } : {};
}
