// Every page the grader writes, opened in headless Chromium: no request, no console error, the charts
// and marks the data implies, no serious axe-core violation, and a screenshot kept in test-artifacts/.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLASS_COLOURS, REGION_COLOURS, RUN_COLOURS } from "../../grader/report/charts/palette.js";
import { runCli } from "../cli/run-cli.js";
import { axeViolations, launchChromium, type OpenedPage, openPage, screenshot } from "./open-page.js";
import { cellMarks, layerPaths, pathYs, pointMarks, regionUnder } from "./svg-marks.js";

let browser: Browser;
const work = mkdtempSync(join(tmpdir(), "nn-grader-pages-"));
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

// The checks every page must pass.
async function expectCleanPage(opened: OpenedPage, name: string): Promise<void> {
  expect(opened.requests).toEqual([]);
  expect(opened.consoleErrors).toEqual([]);
  const serious = (await axeViolations(opened.page)).filter(
    (v) => v.impact === "serious" || v.impact === "critical",
  );
  expect(serious).toEqual([]);
  await screenshot(opened.page, name);
}

// Fraction of points whose region under them is the region of their own label.
async function separated(opened: OpenedPage, svgIndex: number): Promise<number> {
  const cells = await cellMarks(opened.page, svgIndex);
  const points = await pointMarks(opened.page, svgIndex);
  expect(points).toHaveLength(300);
  const right = points.filter(
    (p) => regionUnder(cells, p) === REGION_COLOURS[CLASS_COLOURS.indexOf(p.fill as never)],
  );
  return right.length / points.length;
}

describe("pages in headless Chromium", () => {
  it("grader train --init all --html: zeros flat at ln 2, He separates the circles, zeros' gradients exactly 0 and captioned by the lesson", async () => {
    const file = join(work, "train.html");
    expect((await runCli(["train", "--init", "all", "--html", file])).exitCode).toBe(0);
    const opened = await openPage(browser, file);
    expect(await opened.page.locator("main svg").count()).toBe(7);
    // Cost chart (svg 0): zeros is the first run, a horizontal line; random ×10's inf is pinned and labelled.
    const lines = await layerPaths(opened.page, 0, "lines");
    expect(lines.map((l) => l.stroke)).toEqual(RUN_COLOURS.slice(0, 3));
    expect(new Set(pathYs(lines[0].d)).size).toBe(1);
    expect(await opened.page.locator("main svg").nth(0).locator("text", { hasText: /^inf$/ }).count()).toBe(
      1,
    );
    expect(await opened.page.locator("figcaption").first().textContent()).toContain(
      "zeros: 0.6931 → 0.6931 (flat: nothing is learned)",
    );
    // Boundaries (svgs 1–3): zeros predicts 0 everywhere (half the points right), He nearly all.
    expect(await separated(opened, 1)).toBe(0.5);
    expect(await separated(opened, 3)).toBeGreaterThanOrEqual(0.95);
    // Gradient flow of zeros (svg 4): 3 steps × 3 layers, every bar exactly 0, as the text says "dW1 = 0";
    // its caption is the lesson's conclusion, the sentences `grader train --init zeros` prints.
    const flow = opened.page.locator("main svg").nth(4);
    expect(await flow.locator("text", { hasText: /^= 0 · / }).count()).toBe(9);
    const flowCaption = await opened.page.locator("main figure").nth(4).locator("figcaption").textContent();
    expect(flowCaption).toMatch(
      /^Nothing learns: in the 3 steps shown, every dW and db is exactly 0 or rounding residue\./,
    );
    await expectCleanPage(opened, "train-page");
  }, 300_000);

  it("grader batch's class page and a student page: linked, escaped, charted", async () => {
    const classDir = join(work, "class");
    const out = join(work, "out");
    execFileSync("bash", ["scripts/class-example.sh", classDir]);
    const batch = await runCli(["batch", classDir, "--out", out, "--jobs", "2"]);
    expect(batch.exitCode).toBe(0);
    const opened = await openPage(browser, join(out, "index.html"));
    expect(await opened.page.locator("main svg").count()).toBe(2);
    // The student named "<b>mallory<-b>" is text, not markup, and links to their own page.
    expect(await opened.page.locator("main b").count()).toBe(0);
    const mallory = opened.page.getByRole("link", { name: "<b>mallory<-b>" }).first();
    const href = await mallory.getAttribute("href");
    expect(href).toMatch(/^students\/.+\.html$/);
    const mistakes = opened.page
      .locator("#h-mistakes + table tbody tr")
      .filter({ hasText: "transposed-draw" });
    expect(await mistakes.textContent()).toContain("2");
    expect(await opened.page.locator("#h-timeouts").textContent()).toBe("Time-outs (1)");
    expect(await opened.page.locator("#h-not-loaded").textContent()).toBe("Files that did not load (1)");
    expect(await opened.page.locator("#h-submission-problems").textContent()).toBe("Submission problems (1)");
    expect(readdirSync(join(out, "students"))).toHaveLength(12);
    await expectCleanPage(opened, "class-page");
    const student = await openPage(browser, join(out, decodeURIComponent(href ?? "")));
    expect(await student.page.locator("h1").textContent()).toContain("mallory");
    await expectCleanPage(student, "student-page");
  }, 600_000);
});
