// Rules the schema cannot state: ids and function names are unique, and tests name a declared function.
import type { RubricProblem } from "./problems.js";
import { formatPath, lineOf, type PathSegment, type YamlSource } from "./yaml-source.js";

type Entry = Record<string, unknown>;

// Checks the cross-field rules on raw data; tolerant of shapes the schema pass already refused.
export function crossProblems(data: unknown, source: YamlSource): RubricProblem[] {
  const root = isEntry(data) ? data : {};
  const functions = entries(root.functions);
  const tests = entries(root.tests);
  const problems = [
    ...duplicates(functions, "functions", "name", "function name", source),
    ...duplicates(tests, "tests", "id", "id", source),
  ];
  const declared = functions
    .map(([, f]) => f.name)
    .filter((name): name is string => typeof name === "string");
  if (declared.length === 0) return problems;
  for (const [index, test] of tests) {
    if (typeof test.function !== "string" || declared.includes(test.function)) continue;
    const path: PathSegment[] = ["tests", index, "function"];
    problems.push({
      path: formatPath(path),
      line: lineOf(source, path),
      message: `expected one of the rubric's functions (${declared.join(", ")}), got ${JSON.stringify(test.function)}`,
    });
  }
  return problems;
}

function duplicates(
  list: readonly [number, Entry][],
  listKey: string,
  key: string,
  noun: string,
  source: YamlSource,
): RubricProblem[] {
  const firstLine = new Map<string, number>();
  const problems: RubricProblem[] = [];
  for (const [index, entry] of list) {
    const value = entry[key];
    if (typeof value !== "string") continue;
    const path: PathSegment[] = [listKey, index, key];
    const line = lineOf(source, path);
    const first = firstLine.get(value);
    if (first === undefined) firstLine.set(value, line);
    else
      problems.push({
        path: formatPath(path),
        line,
        message: `duplicate ${noun} ${JSON.stringify(value)} (first at line ${first})`,
      });
  }
  return problems;
}

function entries(value: unknown): [number, Entry][] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item, index): [number, Entry][] => (isEntry(item) ? [[index, item]] : []));
}

function isEntry(value: unknown): value is Entry {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
