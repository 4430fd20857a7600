import { describe, expect, it } from "vitest";
import { csvText } from "../../grader/report/csv-cell.js";
import { escapeHtml, htmlInline } from "../../grader/report/html-text.js";
import { visibleText } from "../../grader/report/visible-text.js";
import { escapeData, escapeProperty, workflowCommand } from "../../grader/report/workflow-command.js";
import { xmlAttribute, xmlText } from "../../grader/report/xml-text.js";

describe("visibleText", () => {
  it("makes control characters, lone surrogates, noncharacters and bidi overrides visible", () => {
    expect(visibleText("a\u0000b\u001b[0m\u007f\u0085")).toBe("a\\x00b\\x1b[0m\\x7f\\x85");
    expect(visibleText("x\ud800y\udfffz\ufffe\uffff")).toBe("x\\ud800y\\udfffz\\ufffe\\uffff");
    expect(visibleText("\u202eevil\u2066")).toBe("\\u202eevil\\u2066");
  });

  it("keeps tabs, newlines and non-BMP characters, and reads CRLF as a newline", () => {
    expect(visibleText("a\tb\r\nc\rd 🧠")).toBe("a\tb\nc\\x0dd 🧠");
  });
});

describe("workflow command escaping", () => {
  it("escapes data as the runner decodes it, and breaks up every `::`", () => {
    expect(escapeData("100%\r\nnext\n::stop-commands::x")).toBe("100%25%0Anext%0A:%3Astop-commands:%3Ax");
    expect(escapeData("\rcr")).toBe("\\x0dcr");
  });

  it("escapes properties like data, plus `:` and `,`", () => {
    expect(escapeProperty("a:b,c%d\ne")).toBe("a%3Ab%2Cc%25d%0Ae");
  });

  it("writes one line with the properties in order", () => {
    expect(
      workflowCommand(
        "error",
        [
          ["file", "a.py"],
          ["line", "3"],
          ["title", "t: x"],
        ],
        "m\nn",
      ),
    ).toBe("::error file=a.py,line=3,title=t%3A x::m%0An");
    expect(workflowCommand("warning", [], "m")).toBe("::warning::m");
  });
});

describe("xml escaping", () => {
  it("escapes every ampersand itself, since xmlbuilder2 takes `&name;` for an entity", () => {
    expect(xmlText("&nbsp; &#0; &amp;")).toBe("&amp;nbsp; &amp;#0; &amp;amp;");
  });

  it("turns tabs and newlines into spaces in attributes", () => {
    expect(xmlAttribute("a\tb\nc\u0000")).toBe("a b c\\x00");
  });
});

describe("html escaping", () => {
  it("escapes the five special characters and keeps newlines as <br> inline", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;",
    );
    expect(htmlInline("a\nb")).toBe("a<br>b");
  });
});

describe("csv cell text", () => {
  it("quotes formula starts and leaves other text alone", () => {
    expect(["=1", "+1", "-1", "@x", "\tx", " =1", "a=1", "x-1", ""].map(csvText)).toEqual([
      "'=1",
      "'+1",
      "'-1",
      "'@x",
      "'\tx",
      "' =1",
      "a=1",
      "x-1",
      "",
    ]);
  });
});
