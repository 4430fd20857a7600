// The YAML side of loading: parse with positions, report syntax errors, and find the line of a data path.
import { type Document, isAlias, isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from "yaml";
import type { RubricProblem } from "./problems.js";

/** A parsed YAML file that remembers where each node came from. */
export interface YamlSource {
  readonly doc: Document.Parsed;
  readonly lines: LineCounter;
}

/** One step of a path into the data: a mapping key or a list index. */
export type PathSegment = string | number;

// Parses YAML text, keeping node offsets so that problems can name a line.
export function parseYaml(text: string): YamlSource {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  return { doc, lines };
}

// Lists the YAML syntax errors of a parsed file (duplicate keys included), each with its line.
export function syntaxProblems(source: YamlSource): RubricProblem[] {
  return source.doc.errors.map((error) => ({
    path: "",
    line: error.linePos?.[0].line ?? source.lines.linePos(error.pos[0]).line,
    message: `invalid YAML: ${firstLine(error.message)}`,
  }));
}

function firstLine(message: string): string {
  return message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
}

// Writes a data path the way users read it: tests[3].options.runs.
export function formatPath(path: readonly PathSegment[]): string {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) out += out === "" ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

// Finds the line of the deepest node along `path` that exists (a key's own line for mapping entries).
export function lineOf(source: YamlSource, path: readonly PathSegment[]): number {
  let node: unknown = source.doc.contents;
  let offset = rangeStart(node) ?? 0;
  for (const segment of path) {
    if (isAlias(node)) node = node.resolve(source.doc);
    if (isMap(node)) {
      const pair = node.items.find(
        (item) => isScalar(item.key) && String(item.key.value) === String(segment),
      );
      if (!pair) break;
      offset = rangeStart(pair.key) ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === "number") {
      const item = node.items[segment];
      if (item === undefined) break;
      offset = rangeStart(item) ?? offset;
      node = item;
    } else {
      break;
    }
  }
  return source.lines.linePos(offset).line;
}

function rangeStart(node: unknown): number | undefined {
  return (node as Node | null)?.range?.[0];
}
