// The rubric JSON Schema (rubrics/rubric.schema.json): located once, compiled once with ajv (draft 2020-12).
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv2020, type ErrorObject, type SchemaObject, type ValidateFunction } from "ajv/dist/2020.js";

/** Where the schema lives relative to the package root. */
const SCHEMA_RELATIVE_PATH = join("rubrics", "rubric.schema.json");

/** How many directories to climb from this module looking for the package root (source and dist differ). */
const MAX_CLIMB = 6;

let compiled: { schema: SchemaObject; validate: ValidateFunction } | undefined;

// Finds rubrics/rubric.schema.json above this module, whether it runs from grader/ or dist/grader/.
export function schemaPath(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let climb = 0; climb < MAX_CLIMB; climb++) {
    const candidate = join(dir, SCHEMA_RELATIVE_PATH);
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  throw new Error(`rubric schema ${SCHEMA_RELATIVE_PATH} not found above ${fileURLToPath(import.meta.url)}`);
}

function compile(): { schema: SchemaObject; validate: ValidateFunction } {
  if (compiled) return compiled;
  const schema = JSON.parse(readFileSync(schemaPath(), "utf8")) as SchemaObject;
  // verbose: errors carry the schema they broke, from which messages say what was expected.
  const ajv = new Ajv2020({
    allErrors: true,
    verbose: true,
    strictSchema: true,
    strictTypes: true,
    strictNumbers: true,
  });
  compiled = { schema, validate: ajv.compile(schema) };
  return compiled;
}

// The parsed schema document, for defaults and for describing what a failing value should have been.
export function rubricSchema(): SchemaObject {
  return compile().schema;
}

// Validates plain data against the schema; returns ajv's raw errors (empty when valid).
export function schemaErrors(data: unknown): ErrorObject[] {
  const { validate } = compile();
  return validate(data) ? [] : [...(validate.errors ?? [])];
}
