// Vega-Lite spec → static SVG string, rendered in Node with no DOM, canvas or network.
import { parse, View } from "vega";
import { compile, type TopLevelSpec } from "vega-lite";
import { escapeHtml } from "../html-text.js";

/** A chart spec: Vega-Lite's top-level spec, data inline. */
export type ChartSpec = TopLevelSpec;

/** What names a chart: a page-unique id (for its SVG ids) and the text a screen reader reads. */
export interface ChartLabel {
  /** Letters, digits and dashes; unique within the page the chart goes into. */
  readonly id: string;
  /** One sentence saying what the chart shows (becomes the SVG's title and aria-label). */
  readonly description: string;
}

// Vega-Lite's compile-time notes (e.g. a dropped scale property) are not the reader's business.
const SILENT = {
  level: () => SILENT,
  error: () => SILENT,
  warn: () => SILENT,
  info: () => SILENT,
  debug: () => SILENT,
} as unknown as NonNullable<Parameters<typeof compile>[1]>["logger"];

// Renders a Vega-Lite spec to an accessible, self-contained SVG string; same input, same bytes.
export async function renderSvg(spec: ChartSpec, label: ChartLabel): Promise<string> {
  if (!/^[A-Za-z][A-Za-z0-9-]*$/.test(label.id)) {
    throw new RangeError(`chart id: expected letters, digits and dashes, got "${label.id}"`);
  }
  const compiled = compile({ ...spec, config: { ...spec.config, aria: false } } as ChartSpec, {
    logger: SILENT,
  }).spec;
  const view = new View(parse(compiled), { renderer: "none", logLevel: 0 });
  try {
    return labelled(localIds(await view.toSVG(), label.id), label.description);
  } finally {
    view.finalize();
  }
}

// Vega numbers clip paths from a process-wide counter; renumber them per chart under its own prefix.
function localIds(svg: string, prefix: string): string {
  const ids = new Map<string, string>();
  const local = (id: string): string => {
    let name = ids.get(id);
    if (name === undefined) {
      name = `${prefix}-${ids.size + 1}`;
      ids.set(id, name);
    }
    return name;
  };
  return svg
    .replace(/ id="([^"]+)"/g, (_, id: string) => ` id="${local(id)}"`)
    .replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${local(id)})`);
}

// The root <svg> becomes one image with a title, which is what assistive technology reads; the roles
// Vega gives inner groups would describe marks no reader can use, so they go.
function labelled(svg: string, description: string): string {
  const text = escapeHtml(description);
  return svg
    .replace(/ (?:role|aria-roledescription|aria-label)="[^"]*"/g, "")
    .replace(/^<svg ([^>]*)>/, `<svg $1 role="img" aria-label="${text}"><title>${text}</title>`);
}
