// Gradient flow of the first steps: each layer's weight-gradient norm as a bar, one bar per step,
// with the number of distinct rows of W after the step written above it ("1/10" = all units identical).
import type { StepDiagnostics } from "../../../reference/model/index.js";
import { CHART_CONFIG, CHART_HEIGHT, CHART_WIDTH } from "./chart-style.js";
import { RUN_COLOURS, TEXT_COLOUR } from "./palette.js";
import { type ChartSpec, renderSvg } from "./render-svg.js";

/** What a gradient-flow chart needs: the recorded steps and the layer sizes (input first). */
export interface GradientFlowInput {
  readonly title: string;
  readonly steps: readonly StepDiagnostics[];
  readonly layersDims: readonly number[];
}

/** One bar: a layer at a step. */
export interface GradientBar {
  readonly layer: string;
  readonly step: string;
  readonly norm: number;
  readonly rows: string;
}

// The gradient-flow chart as an SVG string.
export async function gradientFlowSvg(input: GradientFlowInput, id: string): Promise<string> {
  const bars = gradientBars(input);
  const dead = [...new Set(bars.filter((b) => b.norm === 0).map((b) => b.layer))];
  const description =
    `${input.title}: the norm of each layer's weight gradient in the first ${input.steps.length} steps, ` +
    `with the distinct rows of W after each step written above the bar` +
    (dead.length > 0 ? `; a zero gradient in ${dead.join(", ")}.` : ".");
  return renderSvg(gradientFlowSpec(input), { id, description });
}

// The bars: ‖dW_l‖ of each step (non-finite norms drawn at 0 and labelled as such), "k/n" rows above.
export function gradientBars(input: GradientFlowInput): GradientBar[] {
  return input.steps.flatMap((step) =>
    step.layers.map((d) => ({
      layer: `W${d.layer}`,
      step: `step ${step.iteration + 1}`,
      norm: Number.isFinite(d.dWNorm) ? d.dWNorm : 0,
      rows: `${normNote(d.dWNorm)}${d.distinctRows}/${input.layersDims[d.layer]}`,
    })),
  );
}

// The Vega-Lite spec of the gradient-flow chart.
export function gradientFlowSpec(input: GradientFlowInput): ChartSpec {
  const steps = input.steps.map((s) => `step ${s.iteration + 1}`);
  return {
    title: input.title,
    width: CHART_WIDTH,
    height: CHART_HEIGHT,
    config: CHART_CONFIG,
    data: { values: gradientBars(input) },
    encoding: {
      x: {
        field: "layer",
        type: "nominal",
        title: "layer (distinct rows of W above each bar)",
        axis: { labelAngle: 0 },
      },
      xOffset: { field: "step", type: "nominal", scale: { domain: steps } },
      y: {
        field: "norm",
        type: "quantitative",
        title: "‖dW‖ (Frobenius norm)",
        // All-zero gradients would leave an empty domain; show them on [0, 1] instead.
        scale: input.steps.some((s) => s.layers.some((d) => d.dWNorm > 0))
          ? { zero: true }
          : { domain: [0, 1] },
      },
    },
    layer: [
      {
        name: "bars",
        mark: { type: "bar", stroke: TEXT_COLOUR, strokeWidth: 0.5 },
        encoding: {
          color: {
            field: "step",
            type: "nominal",
            title: null,
            scale: { domain: steps, range: RUN_COLOURS.slice(0, steps.length) },
          },
        },
      },
      {
        name: "rows",
        mark: {
          type: "text",
          angle: 270,
          align: "left",
          baseline: "middle",
          dx: 4,
          fontSize: 10,
          color: TEXT_COLOUR,
        },
        encoding: { text: { field: "rows" } },
      },
    ],
  } as ChartSpec;
}

// A zero gradient is a dead layer: say so on the bar, as a non-finite norm is said rather than drawn.
function normNote(norm: number): string {
  if (norm === 0) return "dead ";
  return Number.isFinite(norm) ? "" : `‖dW‖ ${norm} `;
}
