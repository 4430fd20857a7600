import { describe, expect, it } from "vitest";
import { INFRASTRUCTURE_CASE, renderJunit } from "../../grader/report/junit.js";
import { visibleText } from "../../grader/report/visible-text.js";
import {
  CORRECT,
  HOSTILE,
  HOSTILE_NAME,
  HOSTILE_RESULT,
  INFRASTRUCTURE_ERROR,
  PARTIAL,
  TIMED,
} from "./fixtures.js";
import { golden } from "./golden.js";
import { GOLDEN_CASES } from "./goldens.js";
import { parseJunit } from "./parse.js";

// Characters XML 1.0 cannot carry even escaped, DEL and C1 controls, and lone surrogates.
const NOT_XML =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are what the test looks for.
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

describe("renderJunit", () => {
  it("writes the small case exactly as the golden file", () => {
    expect(GOLDEN_CASES["partial.junit.xml"]()).toBe(golden("partial.junit.xml"));
  });

  it("counts tests, failures and errors per suite and in total", () => {
    const doc = parseJunit(renderJunit([CORRECT, PARTIAL, INFRASTRUCTURE_ERROR]));
    expect(doc.testsuites).toMatchObject({ name: "nn-grader", tests: "7", failures: "2", errors: "1" });
    const [correct, partial, broken] = doc.testsuites.testsuite;
    expect(correct).toMatchObject({ name: CORRECT.submission, tests: "3", failures: "0", errors: "0" });
    expect(partial).toMatchObject({ name: PARTIAL.submission, tests: "3", failures: "2", errors: "0" });
    expect(broken).toMatchObject({ tests: "1", failures: "0", errors: "1" });
  });

  it("names each case by function and test, with the summary as the failure message and the kind as type", () => {
    const [suite] = parseJunit(renderJunit([PARTIAL])).testsuites.testsuite;
    expect(suite.testcase.map((c) => [c.classname, c.name])).toEqual(
      PARTIAL.tests.map((t) => [t.function, t.name]),
    );
    const failure = suite.testcase[1].failure;
    expect(failure).toMatchObject({ message: PARTIAL.tests[1].summary, type: "values" });
    expect(failure?.["#text"]).toContain("Likely mistake: a transposed draw. Use randn(n_l, n_{l-1}).");
    expect(failure?.["#text"]).toContain("Draw W with shape (n_l, n_{l-1}) directly.");
    expect(suite.testcase[0].failure).toBeUndefined();
    expect(suite["system-out"]).toBe("training...\ndone\n");
  });

  it("reports an infrastructure error as an <error> case, with no score", () => {
    const [suite] = parseJunit(renderJunit([INFRASTRUCTURE_ERROR])).testsuites.testsuite;
    expect(suite.testcase).toHaveLength(1);
    expect(suite.testcase[0]).toMatchObject(INFRASTRUCTURE_CASE);
    expect(suite.testcase[0].error).toMatchObject({
      message: "python3 not found on PATH (spawn ENOENT)",
      type: "infrastructure-error",
    });
    expect(suite.properties.property.map((p) => p.name)).not.toContain("score");
  });

  it("includes hidden tests by default and leaves them out with visibleOnly", () => {
    const all = parseJunit(renderJunit([PARTIAL])).testsuites;
    const visible = parseJunit(renderJunit([PARTIAL], { visibleOnly: true })).testsuites;
    expect(all.testsuite[0].testcase.map((c) => c.name)).toContain("initialize_parameters_he: hidden values");
    expect(visible.testsuite[0].testcase.map((c) => c.name)).not.toContain(
      "initialize_parameters_he: hidden values",
    );
    expect(visible).toMatchObject({ tests: "2", failures: "1" });
    expect(visible.testsuite[0].properties.property).toContainEqual({ name: "score", value: "1" });
  });

  it("writes time only when the duration was recorded", () => {
    expect(renderJunit([CORRECT, PARTIAL])).not.toMatch(/\btime=/);
    const doc = parseJunit(renderJunit([TIMED]));
    expect(doc.testsuites.time).toBe("1.534");
    expect(doc.testsuites.testsuite[0].time).toBe("1.534");
    expect(parseJunit(renderJunit([TIMED, CORRECT])).testsuites.time).toBeUndefined();
  });

  it("keeps hostile names and output as escaped text: well-formed, no control characters, no markup", () => {
    const xml = renderJunit([HOSTILE_RESULT]);
    expect(xml).not.toMatch(NOT_XML);
    expect(xml).not.toContain("<script");
    expect(xml).not.toContain("<![CDATA[");
    expect(xml).not.toContain("]]>");
    const [suite] = parseJunit(xml).testsuites.testsuite;
    expect(suite.name).toBe(visibleText(HOSTILE_NAME));
    expect(suite["system-out"]).toBe(visibleText(`${HOSTILE}\n[output truncated by the grader]`));
    expect(suite["system-err"]).toBe(visibleText(`Traceback:\n${HOSTILE}\n[output truncated by the grader]`));
    const failure = suite.testcase[1].failure ?? {};
    expect(failure.message).toBe(visibleText(`raised ValueError: ${HOSTILE}`).replace(/[\t\n]/g, " "));
    expect(failure["#text"]).toContain("<script>alert(1)</script>");
    expect(failure["#text"]).toContain("]]><![CDATA[");
    expect(failure["#text"]).toContain("emoji 🧠🚀 non-BMP");
    expect(failure["#text"]).toContain("\\x00nul\\x07bel");
  });

  it("renders an empty run as an empty <testsuites>", () => {
    expect(parseJunit(renderJunit([])).testsuites).toMatchObject({ tests: "0", failures: "0", errors: "0" });
  });
});
