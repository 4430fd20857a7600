// Name → reporter: every output format behind one small interface.
import type { GradeResult } from "../grade/types.js";
import { renderGradescope } from "./gradescope.js";
import { renderHtml } from "./html.js";
import { renderJson } from "./json.js";
import { renderJunit } from "./junit.js";
import { renderMarkdown } from "./markdown.js";
import { renderTerminal } from "./terminal.js";

/** A pure render function from a grade result to the text of one format. */
export type Reporter = (
  result: GradeResult,
  context: { color: boolean; heading: string; details?: boolean },
) => string;

/** The formats `grader grade --format` accepts. Multi-submission formats (gradebook, annotations,
 * step summary) live in their own modules for the batch and CI commands. */
export const REPORTERS = {
  text: (result, context) => renderTerminal(result, context),
  json: (result) => renderJson(result),
  gradescope: (result) => renderGradescope(result),
  junit: (result) => renderJunit([result]),
  markdown: (result) => renderMarkdown(result),
  html: (result) => renderHtml(result),
} satisfies Record<string, Reporter>;

/** A format name accepted by `--format`. */
export type FormatName = keyof typeof REPORTERS;
