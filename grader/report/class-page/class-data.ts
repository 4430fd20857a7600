// What the class page shows, derived from the batch's outcomes: who had which mistake, who timed out,
// crashed, did not load, had no single submission, or met an infrastructure error.
import { totals } from "../../grade/score.js";
import type { FailedCall, GradeResult, TestResult } from "../../grade/types.js";

/** One student as the class page lists them. */
export interface ClassStudent {
  readonly student: string;
  /** Page of the student relative to the class page, or null when there is none (infrastructure error). */
  readonly page: string | null;
  readonly score: number | null;
  readonly maxScore: number | null;
}

/** A student and what happened to them, in one line. */
export interface StudentNote {
  readonly student: ClassStudent;
  readonly note: string;
}

/** The class page's lists. */
export interface ClassData {
  readonly students: readonly ClassStudent[];
  /** Diagnosed mistakes, most frequent first, with the students who made each. */
  readonly mistakes: readonly {
    readonly id: string;
    readonly title: string;
    readonly students: readonly ClassStudent[];
  }[];
  readonly timeouts: readonly StudentNote[];
  readonly crashes: readonly StudentNote[];
  readonly notLoaded: readonly StudentNote[];
  readonly submissionProblems: readonly StudentNote[];
  readonly infrastructureErrors: readonly StudentNote[];
}

/** One student's outcome, as the class page needs it. */
export type ClassOutcome =
  | {
      readonly kind: "graded" | "submission-problem";
      readonly student: string;
      readonly page: string;
      readonly result: GradeResult;
      readonly problem?: string;
    }
  | { readonly kind: "infrastructure-error"; readonly student: string; readonly message: string };

// Sorts the outcomes (already in student order) into the page's lists.
export function classData(outcomes: readonly ClassOutcome[]): ClassData {
  const students = outcomes.map(studentOf);
  const mistakes = new Map<string, { title: string; students: ClassStudent[] }>();
  const data = {
    timeouts: [] as StudentNote[],
    crashes: [] as StudentNote[],
    notLoaded: [] as StudentNote[],
    submissionProblems: [] as StudentNote[],
    infrastructureErrors: [] as StudentNote[],
  };
  outcomes.forEach((o, i) => {
    const student = students[i];
    if (o.kind === "infrastructure-error") {
      data.infrastructureErrors.push({ student, note: o.message });
      return;
    }
    if (o.kind === "submission-problem") data.submissionProblems.push({ student, note: o.problem ?? "" });
    else if (o.result.kind === "not-loaded")
      data.notLoaded.push({ student, note: firstLine(o.result.loadError) });
    const failed = o.result.tests.filter((t) => t.status === "failed");
    const timedOut = unique(failed.filter((t) => callStatus(t) === "timeout").map((t) => t.function));
    const crashed = unique(failed.filter((t) => callStatus(t) === "crashed").map((t) => t.function));
    if (timedOut.length > 0) data.timeouts.push({ student, note: timedOut.join(", ") });
    if (crashed.length > 0) data.crashes.push({ student, note: crashed.join(", ") });
    for (const d of unique(failed.flatMap((t) => t.mistakes.map((m) => `${m.id}\n${m.title}`)))) {
      const [id, title] = d.split("\n");
      const entry = mistakes.get(id) ?? { title, students: [] };
      entry.students.push(student);
      mistakes.set(id, entry);
    }
  });
  return {
    students,
    mistakes: [...mistakes]
      .map(([id, m]) => ({ id, ...m }))
      .sort((a, b) => b.students.length - a.students.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    ...data,
  };
}

function studentOf(o: ClassOutcome): ClassStudent {
  if (o.kind === "infrastructure-error")
    return { student: o.student, page: null, score: null, maxScore: null };
  const t = totals(o.result.tests);
  return { student: o.student, page: o.page, score: t.score, maxScore: t.maxScore };
}

// How the call behind a failed test ended, when a call is the test's cause ("timeout", "crashed", …).
function callStatus(test: TestResult): FailedCall["status"] | undefined {
  return test.cause?.kind === "call" ? test.cause.call.status : undefined;
}

function unique(xs: readonly string[]): string[] {
  return [...new Set(xs)];
}

function firstLine(text: string): string {
  return text.split("\n", 1)[0];
}
