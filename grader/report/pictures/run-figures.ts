// The three pictures of one or more runs — cost curves on shared axes, each run's decision boundary and
// each run's gradient flow — as HTML sections, for the train page and a student's report. The gradient
// flow is drawn and captioned from the run's lesson, the explanation `grader train` prints.

import type { CostRecord, DecisionGrid } from "../../../reference/model/index.js";
import type { LessonAccount } from "../../lesson/index.js";
import type { CostSeries, GradientFlowInput, LabelledPoints } from "../charts/index.js";
import { costCurveSvg, decisionBoundarySvg, gradientFlowSvg } from "../charts/index.js";
import { escapeHtml } from "../html-text.js";
import { figure } from "./page.js";

/** What the pictures of one run need. */
export interface RunPictures {
  readonly name: string;
  readonly costs: readonly CostRecord[];
  /** The lesson's account of the run: its classified first steps and its conclusion. */
  readonly lesson: LessonAccount;
  readonly grid: DecisionGrid;
  readonly points: LabelledPoints;
  readonly trainAccuracy: number;
  readonly testAccuracy: number;
}

/** Captions: one line per picture saying what to see, e.g. tied to a diagnosis. */
export interface FigureCaptions {
  readonly cost: string;
  /** Per run, by name; a run without one gets its accuracies. */
  readonly boundary?: Readonly<Record<string, string>>;
  /** Per run, by name; a run without one gets its lesson's conclusion. */
  readonly gradients?: Readonly<Record<string, string>>;
}

// HTML sections "Cost", "Decision boundary" and "Gradient flow" for the runs; `idPrefix` keeps SVG ids
// unique when several sections share a page.
export async function runFigures(
  runs: readonly RunPictures[],
  captions: FigureCaptions,
  idPrefix: string,
): Promise<string[]> {
  const series: CostSeries[] = runs.map((r) => ({ name: r.name, costs: r.costs }));
  const cost = await costCurveSvg({ title: "Cost during training", series }, `${idPrefix}-cost`);
  const boundaries: string[] = [];
  const gradients: string[] = [];
  for (const [i, run] of runs.entries()) {
    const boundary = await decisionBoundarySvg(
      { title: `Decision boundary: ${run.name}`, grid: run.grid, points: run.points },
      `${idPrefix}-boundary-${i + 1}`,
    );
    boundaries.push(figure(boundary, escapeHtml(captions.boundary?.[run.name] ?? accuracyLine(run))));
    const flow: GradientFlowInput = { title: `Gradients: ${run.name}`, steps: run.lesson.steps };
    const svg = await gradientFlowSvg(flow, `${idPrefix}-gradients-${i + 1}`);
    const because = captions.gradients?.[run.name] ?? run.lesson.conclusion.join(" ");
    gradients.push(figure(svg, escapeHtml(because)));
  }
  return [
    heading(`${idPrefix}-h-cost`, "Cost"),
    `<div class="figures">${figure(cost, escapeHtml(captions.cost))}</div></section>`,
    heading(`${idPrefix}-h-boundary`, "Decision boundary"),
    `<div class="figures">${boundaries.join("")}</div></section>`,
    heading(`${idPrefix}-h-gradients`, "Gradient flow in the first steps"),
    `<div class="figures">${gradients.join("")}</div></section>`,
  ];
}

function heading(id: string, text: string): string {
  return `<section aria-labelledby="${id}"><h2 id="${id}">${text}</h2>`;
}

// "Train accuracy 0.9933, test 0.96: shaded regions are what the trained model predicts."
function accuracyLine(run: RunPictures): string {
  return `Train accuracy ${run.trainAccuracy}, test accuracy ${run.testAccuracy}. The shading is what the trained model predicts; a good model puts each class (circles, squares) in its own region.`;
}
