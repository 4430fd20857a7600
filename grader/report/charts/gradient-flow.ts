// Gradient flow of the first steps: each layer's weight-gradient norm as a bar, one bar per step, with
// the number of distinct rows of W after the step written above it ("1/10" = all units identical). The
// bars follow the lesson's classification: an exact 0 and a rounding residue are both drawn at 0 and
// labelled as such ("= 0", "≈0 residue"), so a residue is never drawn as a gradient.
import type { GradientClass, StepVerdict } from "../../lesson/index.js";
import { CHART_CONFIG, CHART_HEIGHT, CHART_WIDTH } from "./chart-style.js";
import { RUN_COLOURS, TEXT_COLOUR } from "./palette.js";
import { type ChartSpec, renderSvg } from "./render-svg.js";

/** What a gradient-flow chart needs: the lesson's verdicts on the recorded steps. */
export interface GradientFlowInput {
  readonly title: string;
  readonly steps: readonly StepVerdict[];
}

/** One bar: a layer at a step. */
export interface GradientBar {
  readonly layer: string;
  readonly step: string;
  /** The drawn height: the norm of a real, finite gradient; 0 otherwise. */
  readonly norm: number;
  readonly kind: GradientClass;
  readonly rows: string;
}

// The gradient-flow chart as an SVG string.
export async function gradientFlowSvg(input: GradientFlowInput, id: string): Promise<string> {
  const bars = gradientBars(input);
  const layersOf = (kind: GradientClass) => [
    ...new Set(bars.filter((b) => b.kind === kind).map((b) => b.layer)),
  ];
  const zero = layersOf("zero");
  const residue = layersOf("rounding");
  const notes = [
    ...(zero.length > 0 ? [`a gradient of exactly 0 in ${zero.join(", ")}`] : []),
    ...(residue.length > 0 ? [`only rounding residue, drawn at 0, in ${residue.join(", ")}`] : []),
  ];
  const description =
    `${input.title}: the norm of each layer's weight gradient in the first ${input.steps.length} steps, ` +
    `with the distinct rows of W after each step written above the bar` +
    (notes.length > 0 ? `; ${notes.join("; ")}.` : ".");
  return renderSvg(gradientFlowSpec(input), { id, description });
}

// The bars: ‖dW_l‖ of each step where it is a real gradient (non-finite norms drawn at 0 and written out),
// 0 with "= 0" or "≈0 residue" otherwise, and "k/n" distinct rows of W above.
export function gradientBars(input: GradientFlowInput): GradientBar[] {
  return input.steps.flatMap((step) =>
    step.layers.map((v) => ({
      layer: `W${v.layer}`,
      step: `step ${step.iteration + 1}`,
      norm: v.dW.kind === "real" && Number.isFinite(v.dW.norm) ? v.dW.norm : 0,
      kind: v.dW.kind,
      rows: `${kindNote(v.dW.kind, v.dW.norm)}${v.distinctRows}/${v.units}`,
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
        scale: gradientBars(input).some((b) => b.norm > 0) ? { zero: true } : { domain: [0, 1] },
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

// How a bar that is not a real, finite gradient is written, in the words of `grader train`'s text.
function kindNote(kind: GradientClass, norm: number): string {
  if (kind === "zero") return "= 0 · ";
  if (kind === "rounding") return "≈0 residue · ";
  return Number.isFinite(norm) ? "" : `‖dW‖ ${norm} · `;
}
