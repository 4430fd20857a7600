// Okabe & Ito's colour-blind-safe palette ("Color Universal Design", 2008), by role in our charts.

/** The eight Okabe–Ito colours. */
export const OKABE_ITO = {
  black: "#000000",
  orange: "#E69F00",
  skyBlue: "#56B4E9",
  bluishGreen: "#009E73",
  yellow: "#F0E442",
  blue: "#0072B2",
  vermillion: "#D55E00",
  reddishPurple: "#CC79A7",
} as const;

/** Line colours of runs, in order; a run is also told apart by its dash pattern and legend label. */
export const RUN_COLOURS: readonly string[] = [
  OKABE_ITO.vermillion,
  OKABE_ITO.blue,
  OKABE_ITO.reddishPurple,
  OKABE_ITO.bluishGreen,
  OKABE_ITO.black,
];

/** Dash patterns of runs, in the same order as RUN_COLOURS ([] is a solid line). */
export const RUN_DASHES: readonly (readonly number[])[] = [[], [6, 3], [2, 2], [8, 2, 2, 2], [1, 4]];

/** Label 0 and label 1 of the two classes: points (strong) and predicted regions (light tints). */
export const CLASS_COLOURS = [OKABE_ITO.vermillion, OKABE_ITO.blue] as const;
export const REGION_COLOURS = ["#F6D3BC", "#BCD9EC"] as const;

/** Text on the charts: dark grey on white passes WCAG AA. */
export const TEXT_COLOUR = "#1F2328";
