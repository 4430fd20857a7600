import { describe, expect, it } from "vitest";
import { renderHtml } from "../../grader/report/html.js";
import { renderJunit } from "../../grader/report/junit.js";
import { renderMarkdown } from "../../grader/report/markdown.js";
import { type FormatName, REPORTERS, type Reporter } from "../../grader/report/registry.js";
import { PARTIAL } from "./fixtures.js";

const CONTEXT = { color: false, heading: "grader grade" };

/** The registry as the CLI sees it: every reporter behind the one interface. */
const reporters: Readonly<Record<FormatName, Reporter>> = REPORTERS;

describe("report registry", () => {
  it("offers every single-result format by name", () => {
    expect(Object.keys(REPORTERS).sort()).toEqual([
      "gradescope",
      "html",
      "json",
      "junit",
      "markdown",
      "text",
    ]);
  });

  it("renders junit, markdown and html exactly as their modules do", () => {
    expect(reporters.junit(PARTIAL, CONTEXT)).toBe(renderJunit([PARTIAL]));
    expect(reporters.markdown(PARTIAL, CONTEXT)).toBe(renderMarkdown(PARTIAL));
    expect(reporters.html(PARTIAL, CONTEXT)).toBe(renderHtml(PARTIAL));
  });
});
