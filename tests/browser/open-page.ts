// Opens a page file in Debian's headless Chromium (through playwright-core), recording every request,
// console error and page error, and runs axe-core on it.
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { type Browser, chromium, type Page } from "playwright-core";

/** Where Debian's chromium package puts the browser (.ci/run installs it). */
export const CHROMIUM = "/usr/bin/chromium";
/** Screenshots of the pages under test, kept as test artifacts (git-ignored). */
export const ARTIFACTS = "test-artifacts";

const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

// Starts Chromium, or fails with what to install (never skips).
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}: install Debian's chromium package (apt-get install chromium; .ci/run does)`,
    );
  }
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
}

/** A page opened from a file, with what happened while it loaded. */
export interface OpenedPage {
  readonly page: Page;
  /** Every request but the page's own document. */
  readonly requests: string[];
  readonly consoleErrors: string[];
}

// Opens `file`; every request other than the document itself is recorded and aborted.
export async function openPage(browser: Browser, file: string): Promise<OpenedPage> {
  const context = await browser.newContext({
    viewport: { width: 1320, height: 900 },
    javaScriptEnabled: true,
  });
  const page = await context.newPage();
  const url = pathToFileURL(file).href;
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") consoleErrors.push(m.text());
  });
  page.on("pageerror", (e) => consoleErrors.push(e.message));
  page.on("requestfailed", (r) => {
    if (r.url() !== url) consoleErrors.push(`request failed: ${r.url()}`);
  });
  page.on("request", (r) => {
    if (r.url() !== url) requests.push(r.url());
  });
  await context.route("**/*", (route) => (route.request().url() === url ? route.continue() : route.abort()));
  await page.goto(url, { waitUntil: "load" });
  return { page, requests, consoleErrors };
}

/** One axe-core violation, as the tests print it. */
export interface Violation {
  readonly id: string;
  readonly impact: string | null;
  readonly nodes: number;
}

interface AxeGlobal {
  run(
    context: unknown,
    options: object,
  ): Promise<{ violations: { id: string; impact: string | null; nodes: unknown[] }[] }>;
}

// Runs axe-core in the page (evaluated through the DevTools protocol, which the page's CSP does not block).
export async function axeViolations(page: Page): Promise<Violation[]> {
  const source = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
  await page.evaluate(source);
  return page.evaluate(async () => {
    // axe is the global the injected script defines; this function runs in the page.
    const page = globalThis as unknown as { axe: AxeGlobal; document: unknown };
    const result = await page.axe.run(page.document, { resultTypes: ["violations"] });
    return result.violations.map((v: { id: string; impact: string | null; nodes: unknown[] }) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.length,
    }));
  });
}

// Saves a full-page screenshot under test-artifacts/ and returns its path.
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
