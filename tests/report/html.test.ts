import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { renderHtml } from "../../grader/report/html.js";
import { visibleText } from "../../grader/report/visible-text.js";
import { HOSTILE, HOSTILE_NAME, HOSTILE_RESULT, INFRASTRUCTURE_ERROR } from "./fixtures.js";
import { golden } from "./golden.js";
import { GOLDEN_CASES } from "./goldens.js";

/** The elements the report is built from; anything else would have come from student text. */
const OUR_ELEMENTS = new Set(
  "html head meta title style body main h1 h2 h3 p strong table thead tbody tr th td section pre code span br".split(
    " ",
  ),
);

const ENTITIES: Readonly<Record<string, string>> = { lt: "<", gt: ">", quot: '"', "#39": "'", amp: "&" };

// The text a browser would show: style element dropped, tags removed, the five entities decoded.
function textContent(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/, "")
    .replace(/<[^>]*>/g, "")
    .replace(/&(lt|gt|quot|#39|amp);/g, (_m, name: string) => ENTITIES[name] ?? "");
}

// Every tag in the page: its name and its attribute text.
function tags(html: string): { name: string; attributes: string }[] {
  return [...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9]*)([^>]*)>/g)].map((m) => ({
    name: m[1].toLowerCase(),
    attributes: m[2],
  }));
}

describe("renderHtml", () => {
  it("writes the small case exactly as the golden file", () => {
    expect(GOLDEN_CASES["partial.html"]()).toBe(golden("partial.html"));
  });

  it("is a complete page with a strict CSP that allows exactly its own stylesheet", () => {
    const html = renderHtml(HOSTILE_RESULT);
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n')).toBe(true);
    expect(html.endsWith("</body>\n</html>\n")).toBe(true);
    const csp = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/)?.[1] ?? "";
    expect(csp).toMatch(/^default-src 'none'; /);
    const style = html.match(/<style>([\s\S]*?)<\/style>/)?.[1] ?? "";
    expect(csp).toContain(`style-src 'sha256-${createHash("sha256").update(style).digest("base64")}'`);
  });

  it("lets no student text become markup: no script, no event handler, only our own elements", () => {
    const html = renderHtml(HOSTILE_RESULT);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    for (const tag of tags(html)) {
      expect(OUR_ELEMENTS.has(tag.name), tag.name).toBe(true);
      expect(tag.attributes).not.toMatch(/\son[a-z]+\s*=/i);
    }
  });

  it("shows hostile names and output as text", () => {
    const text = textContent(renderHtml(HOSTILE_RESULT));
    expect(text).toContain(`Grade report: ${visibleText(HOSTILE_NAME)}`);
    expect(text).toContain("<script>alert(1)</script><img src=x onerror=alert(2)>");
    expect(text).toContain(visibleText(HOSTILE));
    expect(text).toContain("& &amp; &nbsp; &#0;");
    // biome-ignore lint/suspicious/noControlCharactersInRegex: checking that none are left.
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });

  it("says when there is no grade", () => {
    expect(textContent(renderHtml(INFRASTRUCTURE_ERROR))).toContain(
      "Grading did not complete (a problem in the grader, not in the submission): python3 not found on PATH (spawn ENOENT)",
    );
  });
});
