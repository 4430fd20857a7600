// Text a submission controls (its file name, what it prints, its exception's message) comes out escaped in
// every report format: no markup, no formula, no workflow command, no terminal control, no broken line.
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GradeResult } from "../../grader/grade/types.js";
import { grade, HOSTILE, shortRubric } from "./support/catalogue.js";
import { type RenderedReports, renderEveryReport } from "./support/reports.js";

/** File names made of the characters reports must escape (a newline included: Linux allows it). */
const NAMES = [`evil"<script>=cmd|'\nx.py`, "=cmd|'-C calc'!A0.py"];
/** Control characters that must never reach a report raw (tab and newline aside). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f\u2028\u2029\u202e]/;

/** Markup that would be live outside a code block. */
const LIVE_MARKUP = /<script|<\/system-out>|<!\[CDATA\[/i;

// Markdown without its fenced blocks and indented (4 spaces or a tab) code lines.
function outsideCodeBlocks(markdown: string): string {
  return markdown
    .replace(/^(```+|~~~+)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, "")
    .split("\n")
    .filter((line) => !/^( {4}|\t)/.test(line))
    .join("\n");
}

const scratch = mkdtempSync(join(tmpdir(), "nn-grader-escaping-"));
const graded = new Map<string, { result: GradeResult; reports: RenderedReports }>();

beforeAll(async () => {
  for (const name of NAMES) {
    const file = join(scratch, name);
    copyFileSync(join(HOSTILE, "escape_output.py"), file);
    const result = await grade(file, shortRubric(1000), name);
    graded.set(name, { result, reports: renderEveryReport(result) });
  }
}, 60_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe.each(NAMES)("a submission named %j that prints and raises hostile text", (name) => {
  const reports = () => graded.get(name)?.reports ?? {};
  const result = () => graded.get(name)?.result as GradeResult;

  it("is graded (its He function raised, the others are right)", () => {
    expect(
      result()
        .tests.filter((t) => t.status === "failed")
        .map((t) => t.id),
    ).toEqual(["he.structure", "he.values.public"]);
    expect(result().output.stdout).toContain("<script>alert");
  });

  it("keeps every text format free of raw control characters and bidirectional overrides", () => {
    // JSON is data: it carries the text exactly (checked below); its readers escape for display.
    for (const format of [
      "text",
      "gradescope",
      "junit",
      "markdown",
      "html",
      "gradebook",
      "annotations",
      "stepSummary",
    ]) {
      expect([format, RAW_CONTROL.test(reports()[format])]).toEqual([format, false]);
    }
  });

  it("terminal: the name stays on its one header line", () => {
    const [header] = reports().text.split("\n");
    expect(header).toBe(`grader grade: ${name.replace("\n", "\\n")}`);
  });

  it("JSON and Gradescope: valid JSON that gives the exact name and text back", () => {
    const doc = JSON.parse(reports().json);
    expect(doc.submission).toBe(name);
    expect(doc.output.stdout).toBe(result().output.stdout);
    expect(JSON.parse(reports().gradescope).output).toContain("<script>alert");
  });

  it("JUnit: well-formed XML in which the text is data, not markup", () => {
    expect(XMLValidator.validate(reports().junit)).toBe(true);
    expect(reports().junit).not.toContain("<script>");
    const doc = new XMLParser({ ignoreAttributes: false }).parse(reports().junit);
    expect(doc.testsuites.testsuite["@_name"]).toBe(name.replace("\n", " "));
  });

  it("Markdown and the step summary: markup only inside code blocks, where it is shown as text", () => {
    for (const format of ["markdown", "stepSummary"]) {
      expect([format, LIVE_MARKUP.test(outsideCodeBlocks(reports()[format]))]).toEqual([format, false]);
    }
  });

  it("HTML: no markup of the submission's at all", () => {
    expect(LIVE_MARKUP.test(reports().html)).toBe(false);
  });

  it("gradebook: one row whose cells read back as text, a formula start defused", () => {
    const rows = parseCsv(reports().gradebook) as string[][];
    expect(rows).toHaveLength(2);
    expect(rows[1][0]).toBe(name.startsWith("=") ? `'${name}` : name);
  });

  it("GitHub annotations: one command per line, student text never forms a command", () => {
    const lines = reports().annotations.trimEnd().split("\n");
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      expect(line).toMatch(/^::(error|warning) /);
      // Exactly one `::` after the command name: the separator before the message.
      expect(line.replace(/^::(error|warning) /, "").split("::")).toHaveLength(2);
    }
    expect(reports().annotations).not.toMatch(/::(stop-commands|add-mask|set-output)/);
  });
});
