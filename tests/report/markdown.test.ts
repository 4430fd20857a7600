import { describe, expect, it } from "vitest";
import { renderMarkdown } from "../../grader/report/markdown.js";
import { markdownCodeBlock, markdownInline } from "../../grader/report/markdown-text.js";
import { CORRECT, HOSTILE_RESULT, INFRASTRUCTURE_ERROR } from "./fixtures.js";
import { golden } from "./golden.js";
import { GOLDEN_CASES } from "./goldens.js";

// Splits a Markdown table row at the pipes GFM treats as cell boundaries (not the escaped ones).
function cells(row: string): string[] {
  return row.split(/(?<!\\)\|/).slice(1, -1);
}

// The lines outside indented code blocks (what a Markdown renderer reads as Markdown).
function markdownLines(text: string): string[] {
  return text.split("\n").filter((line) => !line.startsWith("    "));
}

describe("renderMarkdown", () => {
  it("writes the small case exactly as the golden file", () => {
    expect(GOLDEN_CASES["partial.md"]()).toBe(golden("partial.md"));
  });

  it("escapes pipes in table cells so every row keeps three cells", () => {
    const rows = renderMarkdown(HOSTILE_RESULT)
      .split("\n")
      .filter((line) => line.startsWith("|"));
    expect(rows).toHaveLength(2 + HOSTILE_RESULT.tests.length);
    for (const row of rows) expect(cells(row)).toHaveLength(3);
    expect(markdownInline("a | b")).toBe("a \\| b");
  });

  it("keeps hostile text out of markup: escaped inline, or inside indented code blocks", () => {
    const text = renderMarkdown(HOSTILE_RESULT);
    const outside = markdownLines(text).join("\n");
    expect(outside).not.toMatch(/<(?!br>)/);
    expect(outside).not.toContain("\u001b");
    expect(outside).toContain("&lt;script&gt;");
    expect(outside).toMatch(/^# Grade report: \\=cmd\\\|/m);
    const code = text.split("\n").filter((line) => line.startsWith("    "));
    expect(code).toContain("    <script>alert(1)</script><img src=x onerror=alert(2)>");
    expect(code).toContain("    ::stop-commands::token");
  });

  it("marks tests students do not see yet, and says when there is no grade", () => {
    expect(renderMarkdown(CORRECT)).toContain(
      "| initialize\\_parameters\\_he: hidden values (hidden) | ✅ passed | 2/2 |",
    );
    const broken = renderMarkdown(INFRASTRUCTURE_ERROR);
    expect(broken).toContain("**Total: no grade (grading did not complete)**");
    expect(broken).toContain(
      "> ⚠️ **Grading did not complete** (a problem in the grader, not in the submission):",
    );
  });
});

describe("markdownInline", () => {
  it("escapes what Markdown acts on anywhere, and list or heading markers at the start", () => {
    expect(markdownInline("`a` *b* _c_ [d](e) ~~f~~ # $g$ \\")).toBe(
      "\\`a\\` \\*b\\* \\_c\\_ \\[d\\](e) \\~\\~f\\~\\~ \\# \\$g\\$ \\\\",
    );
    expect(markdownInline("=SUM(A1)")).toBe("\\=SUM(A1)");
    expect(markdownInline(" - item")).toBe(" \\- item");
    expect(markdownInline("12. x")).toBe("12\\. x");
    expect(markdownInline("a-b=c 1. d")).toBe("a-b=c 1. d");
    expect(markdownInline("<b>&amp;")).toBe("&lt;b&gt;&amp;amp;");
    expect(markdownInline("one\ntwo")).toBe("one<br>two");
  });
});

describe("markdownCodeBlock", () => {
  it("indents every line by four spaces, control characters visible", () => {
    expect(markdownCodeBlock("a\n\n\u001b[1mb\n")).toEqual(["    a", "    ", "    \\x1b[1mb"]);
    expect(markdownCodeBlock("")).toEqual([]);
  });
});
