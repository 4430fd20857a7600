// The grader's own notes about a submission (a module stubbed, a cell skipped), taken out of what the
// submission printed. Today the session writes them as "[grader] …" lines ahead of the student's stderr;
// they are lifted out here so reports list them apart, once, under their own heading.
import type { CapturedOutput } from "../runners/types.js";
import type { GraderNote } from "./types.js";

/** The prefix the session puts before each of its notes. */
export const NOTE_PREFIX = "[grader] ";

// Splits the leading "[grader] …" lines of stderr into notes; the rest is the student's own output.
export function separateNotes(output: CapturedOutput): {
  readonly output: CapturedOutput;
  readonly notes: readonly GraderNote[];
} {
  const lines = output.stderr.split("\n");
  const notes: GraderNote[] = [];
  const seen = new Set<string>();
  let i = 0;
  while (i < lines.length && lines[i].startsWith(NOTE_PREFIX)) {
    const message = lines[i].slice(NOTE_PREFIX.length).trim();
    if (message !== "" && !seen.has(message)) notes.push(noteOf(message));
    seen.add(message);
    i++;
  }
  if (i === 0) return { output, notes: [] };
  return { output: { ...output, stderr: lines.slice(i).join("\n") }, notes };
}

// A note with its kind read from the message: a location prefix ("cell 2, line 3: …") is kept apart.
function noteOf(message: string): GraderNote {
  const located = /^((?:code )?cell [^:]*?, line \d+|line \d+): (.*)$/.exec(message);
  if (located !== null) return { kind: "loader", message: located[2], location: located[1] };
  return { kind: "loader", message };
}
