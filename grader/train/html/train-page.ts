// The `grader train --html` page: the notebook's figures for the requested starts side by side, a table
// of their results, and (with --from) the student's functions that could not start the model. Each
// gradient-flow picture is captioned by its run's lesson conclusion, the words `grader train` prints.
import { escapeHtml } from "../../report/html-text.js";
import { picturePage } from "../../report/pictures/page.js";
import { runFigures } from "../../report/pictures/run-figures.js";
import { DATA_NAMES } from "../render-training.js";
import { architectureName } from "../run-options.js";
import { costsEvery, type PictureRequest, type PictureRuns } from "./train-pictures.js";

// The whole page as HTML; the same runs always give the same bytes.
export async function renderTrainPage(result: PictureRuns, request: PictureRequest): Promise<string> {
  const runs = result.runs.map((s) => ({ ...s.run, costs: costsEvery(s.run, request.logEvery) }));
  const body = [
    "<h1>Initialization: the model from each start</h1>",
    `<p>${escapeHtml(setupLine(result))}` +
      (request.from === undefined
        ? ""
        : ` Starts from <code>${escapeHtml(request.from)}</code> beside the reference's.`) +
      "</p>",
    ...result.problems.map((p) => `<p class="notice">${escapeHtml(p)}</p>`),
    resultsTable(result),
    ...(await runFigures(runs, { cost: costCaption(result, request.logEvery) }, "train")),
  ];
  return picturePage("Initialization: cost, decision boundary and gradients", body);
}

// "LINEAR→RELU→…→SIGMOID, layers [2, 10, 5, 1], 15000 iterations of gradient descent, …" from the first run.
function setupLine(result: PictureRuns): string {
  const first = result.runs[0]?.run.model;
  if (first === undefined) return "No run could be trained.";
  const o = first.options;
  return (
    `${architectureName(o)}, layers [${o.layersDims.join(", ")}], ${o.iterations} iterations of gradient ` +
    `descent, learning rate ${o.learningRate}, on ${first.trainExamples} training points (${DATA_NAMES[o.data]}).`
  );
}

function resultsTable(result: PictureRuns): string {
  const rows = result.runs.map(({ run }) => {
    const first = run.costs[0]?.cost;
    const last = run.costs[run.costs.length - 1]?.cost;
    return (
      `<tr><th scope="row">${escapeHtml(run.name)}</th><td class="num">${cost(first)}</td>` +
      `<td class="num">${cost(last)}</td><td class="num">${run.trainAccuracy}</td><td class="num">${run.testAccuracy}</td></tr>`
    );
  });
  return [
    "<table><caption>Results</caption>",
    '<thead><tr><th scope="col">start</th><th scope="col">first cost</th><th scope="col">last logged cost</th>',
    '<th scope="col">train accuracy</th><th scope="col">test accuracy</th></tr></thead>',
    `<tbody>${rows.join("")}</tbody></table>`,
  ].join("\n");
}

// One sentence per run: where its cost starts and ends, e.g. "zeros: 0.693 → 0.693 (flat)".
function costCaption(result: PictureRuns, every: number): string {
  const parts = result.runs.map(({ run }) => {
    const first = run.costs[0]?.cost;
    const last = run.costs[run.costs.length - 1]?.cost;
    const flat = run.costs.every((c) => Math.abs(c.cost - (first ?? Number.NaN)) < 1e-12);
    return `${run.name}: ${cost(first)} → ${cost(last)}${flat ? " (flat: nothing is learned)" : ""}`;
  });
  return `Cost every ${every} iterations. ${parts.join("; ")}.`;
}

function cost(x: number | undefined): string {
  if (x === undefined) return "—";
  if (x === Number.POSITIVE_INFINITY) return "inf";
  return Number.isNaN(x) ? "nan" : x.toPrecision(4);
}
