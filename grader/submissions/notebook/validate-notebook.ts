// Validates parsed notebook JSON against the nbformat 4 schema kept beside this file (compiled once).
import { readFileSync } from "node:fs";
import { Ajv, type ValidateFunction } from "ajv";
import { packageFile } from "../../runners/package-root.js";
import { describeSchemaError } from "./schema-errors.js";

let validator: ValidateFunction | undefined;

// The schema ships as JSON in the source tree (tsc does not copy it to dist/), so it is read from there.
function compiled(): ValidateFunction {
  if (validator === undefined) {
    const schema = JSON.parse(
      readFileSync(packageFile("grader", "submissions", "notebook", "nbformat-v4.schema.json"), "utf8"),
    );
    validator = new Ajv({ allErrors: false, strict: false }).compile(schema);
  }
  return validator;
}

/** undefined when the value is an nbformat 4 notebook, else the first problem as one line. */
export function notebookSchemaProblem(data: unknown): string | undefined {
  const validate = compiled();
  if (validate(data)) return undefined;
  const first = validate.errors?.[0];
  return first === undefined ? "does not match the nbformat 4 schema" : describeSchemaError(first, data);
}
