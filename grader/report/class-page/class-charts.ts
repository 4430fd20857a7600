// The class page's two charts: the score distribution and the pass rate of each test.
import { CHART_CONFIG } from "../charts/chart-style.js";
import { OKABE_ITO, TEXT_COLOUR } from "../charts/palette.js";
import { type ChartSpec, renderSvg } from "../charts/render-svg.js";

/** The parts of a batch summary the charts draw (summary.json's fields of the same names). */
export interface SummaryFigures {
  readonly students: number;
  readonly distribution: readonly { readonly from: number; readonly to: number; readonly students: number }[];
  readonly tests: readonly {
    readonly id: string;
    readonly name: string;
    readonly passed: number;
    readonly failed: number;
    readonly pass_rate: number;
  }[];
}

// Students per score bin, as bars labelled with their count.
export async function distributionSvg(summary: SummaryFigures): Promise<string> {
  const values = summary.distribution.map((b) => ({
    bin: `${b.from}–${b.to}`,
    students: b.students,
  }));
  const spec = {
    title: "Score distribution",
    width: 420,
    height: 200,
    config: CHART_CONFIG,
    data: { values },
    encoding: {
      x: {
        field: "bin",
        type: "ordinal",
        title: "score (% of the maximum)",
        sort: null,
        axis: { labelAngle: 0 },
      },
      y: { field: "students", type: "quantitative", title: "students", axis: { tickMinStep: 1 } },
    },
    layer: [
      { name: "bins", mark: { type: "bar", color: OKABE_ITO.blue } },
      {
        name: "counts",
        mark: { type: "text", dy: -6, color: TEXT_COLOUR },
        encoding: { text: { field: "students" } },
      },
    ],
  } as ChartSpec;
  const busiest = [...summary.distribution].sort((a, b) => b.students - a.students)[0];
  return renderSvg(spec, {
    id: "class-distribution",
    description:
      `Score distribution of ${summary.students} students in bins of 10%` +
      (busiest ? `; the most students (${busiest.students}) scored ${busiest.from}–${busiest.to}%.` : "."),
  });
}

// Each test's pass rate as a horizontal bar, labelled "passed/graded".
export async function passRateSvg(summary: SummaryFigures): Promise<string> {
  const values = summary.tests.map((t) => ({
    test: t.id,
    rate: t.pass_rate * 100,
    label: `${t.passed}/${t.passed + t.failed}`,
  }));
  const spec = {
    title: "Pass rate per test",
    width: 360,
    height: { step: 18 },
    config: CHART_CONFIG,
    data: { values },
    encoding: {
      y: { field: "test", type: "nominal", title: null, sort: null, axis: { labelLimit: 0 } },
      x: { field: "rate", type: "quantitative", title: "students passing (%)", scale: { domain: [0, 100] } },
    },
    layer: [
      { name: "rates", mark: { type: "bar", color: OKABE_ITO.bluishGreen } },
      {
        name: "rate-labels",
        mark: { type: "text", align: "left", dx: 4, color: TEXT_COLOUR },
        encoding: { text: { field: "label" } },
      },
    ],
  } as ChartSpec;
  const lowest = [...summary.tests].sort((a, b) => a.pass_rate - b.pass_rate)[0];
  return renderSvg(spec, {
    id: "class-pass-rate",
    description:
      `Pass rate of each of ${summary.tests.length} tests` +
      (lowest
        ? `; the lowest is ${lowest.id} (${lowest.name}) at ${Math.round(lowest.pass_rate * 100)}%.`
        : "."),
  });
}
