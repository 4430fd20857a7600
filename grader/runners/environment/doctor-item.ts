// One line of `grader doctor`: what was checked, whether it is there, and how to fix it when it is not.

/** A checked prerequisite. */
export interface DoctorItem {
  readonly name: string;
  readonly status: "ok" | "missing";
  /** What was found ("/usr/bin/python3.11 (Python 3.11.7)") or why it is missing. */
  readonly detail: string;
  /** How to fix a missing item, one line. */
  readonly fix?: string;
}

/** All items, and whether grading can run with them (it needs Python with numpy ≥ 2). */
export interface DoctorReport {
  readonly items: readonly DoctorItem[];
  readonly canGrade: boolean;
}
