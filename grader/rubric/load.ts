// Loads a rubric: YAML syntax, then the JSON Schema, then cross-field rules; every problem is reported.
import { readFileSync } from "node:fs";
import { ajvProblems } from "./ajv-problems.js";
import { crossProblems } from "./cross-checks.js";
import { normalise } from "./normalise.js";
import { RubricError, sortProblems } from "./problems.js";
import { rubricSchema, schemaErrors } from "./schema.js";
import type { Rubric } from "./types.js";
import { parseYaml, syntaxProblems } from "./yaml-source.js";

/**
 * Parses and validates rubric text; `file` is the name used in messages and kept as `rubric.file`.
 * @throws RubricError listing every problem, e.g. `rubrics/bad.yaml:14: tests[3].points: expected a number > 0, got -2`
 */
export function parseRubric(text: string, file: string): Rubric {
  const source = parseYaml(text);
  const syntax = syntaxProblems(source);
  if (syntax.length > 0) throw new RubricError(file, sortProblems(syntax));
  const data = source.doc.toJS();
  const schema = rubricSchema();
  const problems = [...ajvProblems(schemaErrors(data), data, schema, source), ...crossProblems(data, source)];
  if (problems.length > 0) throw new RubricError(file, sortProblems(problems));
  return normalise(data, file, schema, source);
}

/**
 * Reads and validates a rubric file.
 * @throws RubricError when the file cannot be read or is not a valid rubric.
 */
export function loadRubric(file: string): Rubric {
  return parseRubric(readRubricText(file), file);
}

// Reads a rubric file's text, turning a filesystem failure into a RubricError about that file.
export function readRubricText(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : String(error);
    throw new RubricError(file, [{ path: "", line: 0, message: `cannot read the rubric: ${reason}` }]);
  }
}
