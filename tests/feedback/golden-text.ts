// Golden files of the exact text a student reads (grader check / grader grade), one per example
// submission, kept in tests/fixtures/feedback/. Each file states its line count on its first line.
// Regenerate after an intended change with UPDATE_GOLDENS=1 and read every diff.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** The folder of the feedback goldens. */
export const FEEDBACK_DIR = "tests/fixtures/feedback";

// The isolation in force depends on the machine; so does what a hostile submission prints (temporary
// folder names, how many files fit): that output is replaced by one marker line. The rest is the same
// everywhere.
export function machineIndependent(text: string, hostileOutput = false): string {
  const out: string[] = [];
  let skipping = false;
  for (const line of text.split("\n")) {
    if (line.startsWith("  not isolated: ")) continue;
    if (skipping && (line === "" || /^Your code printed on /.test(line))) skipping = false;
    if (skipping) continue;
    out.push(
      line
        .replace(/isolation: [a-z-]+/, "isolation: *")
        // A staging folder is named with the grader's uid and pid and a random suffix.
        .replace(/\/tmp\/nn-grader-staging-\d+\/nn-grader-\d+-\S+?-[A-Za-z0-9]{6}(?=\/)/g, "<staging>"),
    );
    if (hostileOutput && /^Your code printed on /.test(line)) {
      out.push("(not compared: it depends on the machine)");
      skipping = true;
    }
  }
  return out.join("\n");
}

// "lines: 14" then the text, exactly.
export function withLineCount(text: string): string {
  return `lines: ${lineCount(text)}\n${text}`;
}

// The number of lines a person sees (the final newline ends the last line).
export function lineCount(text: string): number {
  return text.replace(/\n$/, "").split("\n").length;
}

// The golden file for a submission and a command, e.g. python/mistakes/no_seed.py.check.txt.
export function feedbackGoldenPath(submission: string, command: "check" | "grade"): string {
  const name = submission.replace(/^submissions\//, "").replace(/\//g, "__");
  return join(FEEDBACK_DIR, `${name}.${command}.txt`);
}

// The stored golden (written first when UPDATE_GOLDENS=1).
export function feedbackGolden(path: string, actual: string): string {
  if (process.env.UPDATE_GOLDENS === "1" || !existsSync(path)) {
    if (process.env.UPDATE_GOLDENS !== "1") throw new Error(`no golden ${path}: run with UPDATE_GOLDENS=1`);
    writeFileSync(path, actual);
  }
  return readFileSync(path, "utf8");
}
