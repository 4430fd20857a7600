// Charts of a training run as self-contained SVG strings (Vega-Lite rendered in Node).
export { type CostCurveInput, costCurveSvg } from "./cost-curve.js";
export type { CostSeries } from "./cost-scale.js";
export { type BoundaryInput, decisionBoundarySvg, type LabelledPoints } from "./decision-boundary.js";
export { type GradientFlowInput, gradientFlowSvg } from "./gradient-flow.js";
