// Removes items from a block-style YAML list by cutting the source text, so the rest stays byte for byte.
import type { YAMLSeq } from "yaml";

/** A half-open span [start, end) of source offsets. */
type Span = readonly [number, number];

// Cuts the items at `drop` out of `text`, each with the comment lines directly above it; when the last
// item goes, so do the comments that trail the list. Returns undefined unless every item is written as a
// plain block-list entry ("- key: ..."), the only layout this cutting understands.
export function cutItems(text: string, list: YAMLSeq, drop: ReadonlySet<number>): string | undefined {
  if (list.flow) return undefined;
  const items = list.items as { range?: [number, number, number] | null }[];
  const dashes = items.map((item) => dashOffset(text, item.range?.[0]));
  if (dashes.some((dash) => dash === undefined)) return undefined;
  const starts = dashes.map((dash) => leadStart(text, dash as number));
  const listEnd = list.range?.[2] ?? text.length;
  const spans: Span[] = [];
  for (const index of [...drop].sort((a, b) => a - b)) {
    const end = index + 1 < items.length ? starts[index + 1] : listEnd;
    spans.push([starts[index], end]);
  }
  let out = "";
  let from = 0;
  for (const [start, end] of spans) {
    out += text.slice(from, start);
    from = end;
  }
  return out + text.slice(from);
}

// The offset of the "-" that introduces the item whose node starts at `nodeStart`, if it is right there.
function dashOffset(text: string, nodeStart: number | undefined): number | undefined {
  if (nodeStart === undefined) return undefined;
  let at = nodeStart - 1;
  while (at >= 0 && (text[at] === " " || text[at] === "\t")) at--;
  return text[at] === "-" ? at : undefined;
}

// The start of the item's first line, moved up over the comment lines right above it that are
// indented no deeper than its dash (deeper ones belong to the previous item's body).
function leadStart(text: string, dash: number): number {
  let start = lineStart(text, dash);
  const column = dash - start;
  while (start > 0) {
    const previous = lineStart(text, start - 1);
    const line = text.slice(previous, start - 1);
    const indent = line.length - line.trimStart().length;
    if (!line.trimStart().startsWith("#") || indent > column) break;
    start = previous;
  }
  return start;
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf("\n", offset - 1) + 1;
}
