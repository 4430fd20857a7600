// Name → reporter: every output format behind one small interface.
import type { GradeResult } from "../grade/types.js";
import { renderGradescope } from "./gradescope.js";
import { renderJson } from "./json.js";
import { renderTerminal } from "./terminal.js";

/** A pure render function from a grade result to the text of one format. */
export type Reporter = (result: GradeResult, context: { color: boolean; heading: string }) => string;

/** The formats `grader grade --format` accepts. */
export const REPORTERS = {
  text: (result, context) => renderTerminal(result, context),
  json: (result) => renderJson(result),
  gradescope: (result) => renderGradescope(result),
} satisfies Record<string, Reporter>;

/** A format name accepted by `--format`. */
export type FormatName = keyof typeof REPORTERS;
