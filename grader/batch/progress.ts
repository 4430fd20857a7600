// Progress of a batch: a bar on a terminal, plain lines ("[12/200] alice: 38/38") everywhere else.
import cliProgress from "cli-progress";
import { totals } from "../grade/score.js";
import { visibleText } from "../report/visible-text.js";
import type { StudentOutcome } from "./outcome.js";

/** Where a batch reports what it is doing. */
export interface Progress {
  /** A student is finished (graded, resumed, cached, or failed for good). */
  finished(outcome: StudentOutcome): void;
  /** Something worth a line of its own: a retry, a notice. */
  note(message: string): void;
  stop(): void;
}

// A student id or message on one terminal line: control characters and newlines made visible.
export function oneLine(text: string): string {
  return visibleText(text).replace(/\n/g, "\\n");
}

// What the line for a finished student says after its id.
export function describeOutcome(o: StudentOutcome): string {
  if (o.status === "infrastructure-error") return `infrastructure error (not a grade): ${oneLine(o.message)}`;
  const t = totals(o.result.tests);
  const score = `${t.score}/${t.maxScore}`;
  if (o.status === "submission-problem") return `${score} (${oneLine(o.problem)})`;
  return o.source === "graded" ? score : `${score} (${o.source})`;
}

// Plain lines, one per finished student and per note.
export function lineProgress(stream: { write(text: string): unknown }, total: number): Progress {
  let done = 0;
  return {
    finished(o) {
      done++;
      stream.write(`[${done}/${total}] ${oneLine(o.student)}: ${describeOutcome(o)}\n`);
    },
    note(message) {
      stream.write(`${message}\n`);
    },
    stop() {},
  };
}

// A progress bar redrawn in place; notes and infrastructure errors are printed above it.
export function barProgress(stream: NodeJS.WriteStream, total: number): Progress {
  const bars = new cliProgress.MultiBar(
    {
      stream,
      format: "grading |{bar}| {value}/{total} students | {student}",
      hideCursor: true,
      clearOnComplete: false,
    },
    cliProgress.Presets.shades_classic,
  );
  const bar = bars.create(total, 0, { student: "" });
  return {
    finished(o) {
      if (o.status === "infrastructure-error") bars.log(`${oneLine(o.student)}: ${describeOutcome(o)}\n`);
      bar.increment(1, { student: `${oneLine(o.student)}: ${describeOutcome(o)}` });
    },
    note(message) {
      bars.log(`${message}\n`);
    },
    stop() {
      bars.stop();
    },
  };
}
