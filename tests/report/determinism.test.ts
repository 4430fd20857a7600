import { describe, expect, it } from "vitest";
import { renderAnnotations } from "../../grader/report/annotations.js";
import { renderGradebook } from "../../grader/report/gradebook.js";
import { renderJunit } from "../../grader/report/junit.js";
import { type FormatName, REPORTERS, type Reporter } from "../../grader/report/registry.js";
import { renderStepSummary } from "../../grader/report/step-summary.js";
import { ALL, CORRECT, TIMED } from "./fixtures.js";

const CONTEXT = { color: false, heading: "grader grade" };

/** The registry as the CLI sees it: every reporter behind the one interface. */
const reporters: Readonly<Record<FormatName, Reporter>> = REPORTERS;
const results = Object.values(ALL);

/** Every renderer, by name, over every fixture at once. */
const RENDERINGS: Readonly<Record<string, () => string>> = {
  ...Object.fromEntries(
    Object.entries(REPORTERS).map(([name, reporter]) => [
      name,
      () => results.map((r) => reporter(r, CONTEXT)).join(""),
    ]),
  ),
  "junit (all)": () => renderJunit(results),
  annotations: () => renderAnnotations(results, { file: (r) => r.submission }),
  "step summary": () => renderStepSummary(results),
  gradebook: () => renderGradebook(results.map((result, i) => ({ student: `s${i}`, result }))),
};

// An ISO date, a clock time or a Unix epoch in milliseconds: what a timestamp would look like.
const TIMESTAMP = /\d{4}-\d{2}-\d{2}|\d{2}:\d{2}:\d{2}|\b1[67]\d{11}\b/;

describe("every format", () => {
  it.each(Object.keys(RENDERINGS))("%s: the same input renders to identical bytes", (name) => {
    const render = RENDERINGS[name];
    expect(Buffer.from(render())).toEqual(Buffer.from(render()));
  });

  it.each(Object.entries(REPORTERS))(
    "%s: no time and no timestamp unless durationMs is recorded",
    (_name, reporter) => {
      const text = reporter(CORRECT, CONTEXT);
      expect(text).not.toMatch(TIMESTAMP);
      expect(text).not.toMatch(/1534|1\.534|1\.5 s\b/);
    },
  );

  it.each(["json", "gradescope", "junit", "markdown", "html"] as const)(
    "%s: shows the time when it is recorded",
    (name) => {
      expect(reporters[name](TIMED, CONTEXT)).not.toBe(reporters[name](CORRECT, CONTEXT));
    },
  );
});
