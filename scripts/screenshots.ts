// README screenshots: the train page (`grader train --init all --html`) and the class page (`grader batch`
// over scripts/class-example.sh's class), rendered in headless Chromium into docs/images/.
// Run: npm run build && node --import tsx scripts/screenshots.ts
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launchChromium, openPage } from "../tests/browser/open-page.js";

const IMAGES = "docs/images";
/** The top of each page: enough to show its first figures at a size a README can hold. */
const CLIP = { x: 0, y: 0, width: 1320, height: 1500 };

const work = mkdtempSync(join(tmpdir(), "nn-grader-screenshots-"));
const grader = (...args: string[]) =>
  execFileSync("node", ["dist/grader/cli/main.js", ...args], { stdio: "inherit" });
try {
  grader("train", "--init", "all", "--html", join(work, "train.html"));
  execFileSync("bash", ["scripts/class-example.sh", join(work, "class")]);
  grader("batch", join(work, "class"), "--out", join(work, "out"), "--jobs", "2");
  mkdirSync(IMAGES, { recursive: true });
  const browser = await launchChromium();
  try {
    for (const [file, image] of [
      [join(work, "train.html"), "train-page.png"],
      [join(work, "out", "index.html"), "class-page.png"],
    ]) {
      const { page } = await openPage(browser, file);
      await page.screenshot({ path: join(IMAGES, image), clip: CLIP, fullPage: true });
      process.stdout.write(`wrote ${join(IMAGES, image)}\n`);
    }
  } finally {
    await browser.close();
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
