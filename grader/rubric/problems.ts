// What is wrong with a rubric file: one problem per finding, and the error that carries them all.

/** One finding: where in the YAML (path and 1-based line; 0 when there is no line) and what was expected. */
export interface RubricProblem {
  /** YAML path such as `tests[3].points`; empty for the whole file or a syntax error. */
  readonly path: string;
  readonly line: number;
  readonly message: string;
}

/** How many problems a formatted message lists before summarising the rest. */
export const MAX_LISTED_PROBLEMS = 20;

// Renders one problem as `file:line: path: message` (the line and path are left out when unknown).
export function formatProblem(file: string, problem: RubricProblem): string {
  const where = problem.line > 0 ? `${file}:${problem.line}` : file;
  return problem.path === ""
    ? `${where}: ${problem.message}`
    : `${where}: ${problem.path}: ${problem.message}`;
}

// Renders every problem, one per line, capped at MAX_LISTED_PROBLEMS with a count of the rest.
export function formatProblems(file: string, problems: readonly RubricProblem[]): string[] {
  const lines = problems.slice(0, MAX_LISTED_PROBLEMS).map((problem) => formatProblem(file, problem));
  const rest = problems.length - MAX_LISTED_PROBLEMS;
  if (rest > 0) lines.push(`${file}: … and ${rest} more problem${rest === 1 ? "" : "s"}`);
  return lines;
}

// Orders problems as a reader meets them: by line, then by path.
export function sortProblems(problems: readonly RubricProblem[]): RubricProblem[] {
  return [...problems].sort((a, b) => a.line - b.line || a.path.localeCompare(b.path));
}

/** Thrown when a rubric cannot be loaded; `problems` lists every finding, `message` is them formatted. */
export class RubricError extends Error {
  override readonly name = "RubricError";
  readonly file: string;
  readonly problems: readonly RubricProblem[];

  constructor(file: string, problems: readonly RubricProblem[]) {
    super(formatProblems(file, problems).join("\n"));
    this.file = file;
    this.problems = problems;
  }
}
