// Real parsers for the reporter tests: every format is read back the way its consumer reads it.
import { readFileSync } from "node:fs";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import { parse as parseCsv } from "csv-parse/sync";
import { XMLParser, XMLValidator } from "fast-xml-parser";

/** A JUnit document as fast-xml-parser gives it back (attributes without prefix, text as "#text"). */
export interface ParsedJunit {
  testsuites: Record<string, string> & { testsuite: ParsedSuite[] };
}

/** One <testsuite>. */
export type ParsedSuite = Record<string, string> & {
  properties: { property: Record<string, string>[] };
  testcase: ParsedCase[];
  "system-out"?: string;
  "system-err"?: string;
};

/** One <testcase>; failure/error carry message, type and "#text". */
export type ParsedCase = Record<string, string> & {
  failure?: Record<string, string>;
  error?: Record<string, string>;
};

const LISTS = new Set([
  "testsuites.testsuite",
  "testsuites.testsuite.testcase",
  "testsuites.testsuite.properties.property",
]);

// Parses JUnit XML strictly: fails the test when the document is not well-formed.
export function parseJunit(xml: string): ParsedJunit {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`invalid XML: ${JSON.stringify(valid)}`);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "",
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    ignoreDeclaration: true,
    isArray: (_name, jpath) => LISTS.has(String(jpath)),
  });
  return parser.parse(xml) as ParsedJunit;
}

// Parses CSV into rows of strings, as a spreadsheet importer would split it.
export function parseCsvRows(csv: string): string[][] {
  return parseCsv(csv, { relax_column_count: false }) as string[][];
}

// Compiles a published schema with ajv in strict mode (the schema itself must be strict-clean).
export function compileSchema(file: string): ValidateFunction {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  return ajv.compile(JSON.parse(readFileSync(file, "utf8")));
}

// Decodes a workflow command's message as the Actions runner does (%0D, %0A, %25).
export function decodeData(data: string): string {
  return data.replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%25/g, "%");
}

// Decodes a workflow command's property value as the Actions runner does.
export function decodeProperty(value: string): string {
  return value
    .replace(/%0D/g, "\r")
    .replace(/%0A/g, "\n")
    .replace(/%3A/g, ":")
    .replace(/%2C/g, ",")
    .replace(/%25/g, "%");
}

/** One annotation line split the way the runner splits it. */
export interface ParsedCommand {
  readonly command: string;
  readonly properties: Record<string, string>;
  readonly message: string;
}

// Splits `::command k=v,k=v::data` at the runner's separators (the first "::" after the command).
export function parseCommand(line: string): ParsedCommand {
  const trimmed = line.trimStart();
  if (!trimmed.startsWith("::")) throw new Error(`not a workflow command: ${line}`);
  const end = trimmed.indexOf("::", 2);
  if (end < 0) throw new Error(`no data separator: ${line}`);
  const info = trimmed.slice(2, end);
  const space = info.indexOf(" ");
  const command = space < 0 ? info : info.slice(0, space);
  const properties: Record<string, string> = {};
  if (space >= 0) {
    for (const pair of info.slice(space + 1).split(",")) {
      const eq = pair.indexOf("=");
      properties[pair.slice(0, eq)] = decodeProperty(pair.slice(eq + 1));
    }
  }
  return { command, properties, message: decodeData(trimmed.slice(end + 2)) };
}
