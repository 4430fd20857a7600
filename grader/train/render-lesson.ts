// Renders `grader train --lesson`: each case's first steps and conclusion, then the answer in one table.
import { createColors } from "picocolors";
import type { LessonFinding } from "../lesson/index.js";
import { iterationNote, type LessonCase } from "./lesson-cases.js";
import { trainDocument } from "./render-json.js";
import { renderSteps, stepsLegend } from "./render-training.js";
import type { ModelRun } from "./run-model.js";

/** One case and its run. */
export interface LessonRun {
  readonly lessonCase: LessonCase;
  readonly run: ModelRun;
}

/** The table's words for each finding. */
const FINDING_WORDS: Record<LessonFinding, string> = {
  "nothing-moves": "nothing moves beyond rounding",
  "only-output-bias": "only the output bias moves",
  symmetric: "moves, but each layer's units stay copies",
  "symmetry-broken": "the start broke the symmetry",
  "no-hidden-layer": "no symmetry to break, not stuck at zeros",
  "single-units": "one unit per layer: no symmetry",
};

// Every case as text.
export function renderLessonText(runs: readonly LessonRun[], color: boolean): string {
  const c = createColors(color);
  const out = [
    c.bold("Why a network started at zeros learns nothing — each claim with the numbers of a run"),
    stepsLegend(),
    "",
  ];
  runs.forEach(({ lessonCase, run }, i) => {
    out.push(c.bold(`${i + 1}. ${lessonCase.title} (${iterationNote(lessonCase.request)})`));
    out.push(...renderSteps(run), "");
    out.push(...run.account.conclusion.map((line) => `  ${c.cyan(line)}`));
    out.push(`  Train accuracy ${run.trainAccuracy}, test accuracy ${run.testAccuracy}.`, "");
  });
  out.push(
    c.bold("The answer, case by case:"),
    ...runs.map(
      ({ lessonCase, run }, i) =>
        `  ${`${i + 1}. ${lessonCase.title}`.padEnd(62)} ${FINDING_WORDS[run.account.finding]}`,
    ),
  );
  return `${out.join("\n")}\n`;
}

// Every case as JSON.
export function renderLessonJson(runs: readonly LessonRun[]): string {
  const cases = runs.map(({ lessonCase, run }) => ({ title: lessonCase.title, ...trainDocument(run) }));
  return `${JSON.stringify({ cases }, null, 2)}\n`;
}
