// Ctrl-C during grader batch: on a terminal (a pseudo-terminal from `script`, the ^C typed into it) and
// as a plain SIGINT. The terminal is restored, the journal holds only whole lines, the message gives the
// exact --resume command, the exit status is 130, and that command finishes the batch.
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readJournal } from "../../grader/batch/journal.js";
import { removeAll, tempFolder } from "./batch-fixture.js";
import { CLI, closingCounts, runCli, writeClass, writePatientRubric } from "./cli-helpers.js";

const ROOT = tempFolder("batch-interrupt");
const CLASS = join(ROOT, "class");
const RUBRIC = join(ROOT, "rubric.yaml");
const STUDENTS = 6;
const LONG = 300_000;
const SHOW_CURSOR = "\x1b[?25h";
const HIDE_CURSOR = "\x1b[?25l";
const WRAP_ON = "\x1b[?7h";

beforeAll(() => {
  writeClass(CLASS);
  writePatientRubric(RUBRIC);
});
afterAll(() => removeAll([ROOT]));

const args = (out: string) => ["batch", CLASS, "--out", out, "--rubric", RUBRIC, "--jobs", "1"];

function message(out: string, finished: number): string {
  return [
    `interrupted: ${finished} of ${STUDENTS} students finished and kept in ${join(out, "journal.jsonl")}; to grade the other ${STUDENTS - finished}, run:`,
    `  grader ${[...args(out), "--resume"].join(" ")}`,
    "",
  ].join("\n");
}

interface Interrupted {
  readonly code: number | null;
  readonly output: string;
}

// Starts `command`, and once the journal holds a first line, calls interrupt(child).
function runUntilJournaled(
  command: string,
  commandArgs: readonly string[],
  journal: string,
  interrupt: (child: ReturnType<typeof spawn>) => void,
): Promise<Interrupted> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, commandArgs, {
      env: { ...process.env, NO_COLOR: "1" },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let output = "";
    child.stdout?.on("data", (d) => {
      output += d;
    });
    child.stderr?.on("data", (d) => {
      output += d;
    });
    let sent = false;
    const timer = setInterval(() => {
      if (!sent && existsSync(journal) && readFileSync(journal, "utf8").includes("\n")) {
        sent = true;
        interrupt(child);
      }
    }, 25);
    child.on("error", reject);
    child.on("close", (code) => {
      clearInterval(timer);
      resolve({ code, output });
    });
  });
}

describe("grader batch interrupted with Ctrl-C", () => {
  it(
    "on a terminal: shows the cursor, turns line wrap back on, ends the bar's line and says how to resume",
    async () => {
      const out = join(ROOT, "tty");
      const journal = join(out, "journal.jsonl");
      const command = [process.execPath, CLI, ...args(out)].join(" ");
      // script gives the batch a pseudo-terminal; ^C typed into it sends SIGINT to the foreground group.
      const run = await runUntilJournaled("script", ["-qefc", command, "/dev/null"], journal, (child) =>
        child.stdin?.write("\x03"),
      );
      expect(run.code, run.output).toBe(130);
      const entries = readJournal(journal);
      expect(entries.tornBytes).toBe(0);
      const finished = entries.entries.length;
      expect(finished).toBeGreaterThanOrEqual(1);
      expect(finished).toBeLessThan(STUDENTS);
      const afterBar = run.output.slice(run.output.lastIndexOf(HIDE_CURSOR));
      expect(afterBar).toContain(SHOW_CURSOR);
      expect(afterBar).toContain(WRAP_ON);
      // The terminal turns \n into \r\n; the message starts on a line of its own.
      const text = run.output.replace(/\r\n/g, "\n");
      expect(text.endsWith(`\n${message(out, finished)}`)).toBe(true);
    },
    LONG,
  );

  it(
    "as a plain SIGINT: exit 130, whole journal lines, and the printed command finishes the batch",
    async () => {
      const out = join(ROOT, "plain");
      const journal = join(out, "journal.jsonl");
      const run = await runUntilJournaled(process.execPath, [CLI, ...args(out)], journal, (child) =>
        child.kill("SIGINT"),
      );
      expect(run.code, run.output).toBe(130);
      const entries = readJournal(journal);
      expect(entries.tornBytes).toBe(0);
      const finished = entries.entries.length;
      expect(run.output.endsWith(message(out, finished))).toBe(true);
      expect(existsSync(join(out, "gradebook.csv"))).toBe(false);

      const resumed = await runCli([...args(out), "--resume"]);
      expect(resumed.code, resumed.stderr).toBe(0);
      const counts = closingCounts(resumed.stdout);
      expect(counts.resumed).toBe(finished);
      expect(counts.graded + counts.cached + counts["submission problems"] + counts.resumed).toBe(STUDENTS);
    },
    LONG,
  );
});
