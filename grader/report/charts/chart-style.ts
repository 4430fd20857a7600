// Settings every chart shares: size, font and text colour, so the pictures of a page look alike.
import { TEXT_COLOUR } from "./palette.js";

/** Plot area of one chart, in CSS pixels. */
export const CHART_WIDTH = 300;
export const CHART_HEIGHT = 220;
/** Cost curves share their axes between runs, so they get more room. */
export const COST_CHART_WIDTH = 520;

/** Vega-Lite config: system sans-serif fonts only (no font file), dark text, no chart border. */
export const CHART_CONFIG = {
  font: "system-ui, sans-serif",
  background: "white",
  view: { stroke: "#8C959F" },
  title: { color: TEXT_COLOUR, fontSize: 14, anchor: "start" },
  axis: { labelColor: TEXT_COLOUR, titleColor: TEXT_COLOUR, labelFontSize: 11, titleFontSize: 12 },
  legend: {
    labelColor: TEXT_COLOUR,
    titleColor: TEXT_COLOUR,
    labelFontSize: 11,
    orient: "bottom",
    labelLimit: 0,
    direction: "vertical",
  },
} as const;
