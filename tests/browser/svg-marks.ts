// Reads the marks Vega drew back out of a page: line paths, grid rectangles and points, with fills.
import type { Page } from "playwright-core";

/** A rectangle of the decision grid, in the chart's pixels, with its fill. */
export interface CellMark {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
  readonly fill: string;
}

/** A training point's centre and fill. */
export interface PointMark {
  readonly x: number;
  readonly y: number;
  readonly fill: string;
}

/** The DOM calls used inside the page (the tests compile without the DOM library). */
interface SvgQuery {
  querySelectorAll(selector: string): ArrayLike<{ getAttribute(name: string): string | null }>;
}

// The `d` and stroke of every path of one mark layer (by its Vega name) in the n-th SVG of the page.
export async function layerPaths(
  page: Page,
  svgIndex: number,
  layer: string,
): Promise<{ d: string; stroke: string; fill: string; transform: string }[]> {
  return page.$$eval(
    "main svg",
    (svgs, [index, name]) =>
      Array.from(
        (svgs[index as number] as unknown as SvgQuery).querySelectorAll(`g.${name}_marks > path`),
      ).map((p) => ({
        d: p.getAttribute("d") ?? "",
        stroke: p.getAttribute("stroke") ?? "",
        fill: p.getAttribute("fill") ?? "",
        transform: p.getAttribute("transform") ?? "",
      })),
    [svgIndex, layer] as const,
  );
}

// The y coordinates of a path made of M/L commands ("M0,100L3.5,100…").
export function pathYs(d: string): number[] {
  return [...d.matchAll(/[ML]([-\d.e]+),([-\d.e]+)/g)].map((m) => Number(m[2]));
}

// The decision grid's rectangles ("M x,y h w v h h -w Z") of the n-th SVG.
export async function cellMarks(page: Page, svgIndex: number): Promise<CellMark[]> {
  return (await layerPaths(page, svgIndex, "cells")).map(({ d, fill }) => {
    const m = /^M([-\d.e]+),([-\d.e]+)h([-\d.e]+)v([-\d.e]+)h/.exec(d);
    if (m === null) throw new Error(`cell path not a rectangle: ${d}`);
    return { x: Number(m[1]), y: Number(m[2]), w: Number(m[3]), h: Number(m[4]), fill };
  });
}

// The training points (translate(x,y) of each symbol) of the n-th SVG.
export async function pointMarks(page: Page, svgIndex: number): Promise<PointMark[]> {
  return (await layerPaths(page, svgIndex, "points")).map(({ transform, fill }) => {
    const m = /translate\(([-\d.e]+),([-\d.e]+)\)/.exec(transform);
    if (m === null) throw new Error(`point without a position: ${transform}`);
    return { x: Number(m[1]), y: Number(m[2]), fill };
  });
}

// The fill of the region drawn under a point: the last rectangle drawn that contains it.
export function regionUnder(cells: readonly CellMark[], p: PointMark): string | undefined {
  let fill: string | undefined;
  for (const c of cells) if (p.x >= c.x && p.x <= c.x + c.w && p.y >= c.y && p.y <= c.y + c.h) fill = c.fill;
  return fill;
}
