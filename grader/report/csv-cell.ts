// The CSV escaper's content rule (csv-stringify does the quoting): text cells that a spreadsheet would
// run as a formula get a single quote before the formula, also after any separator inside; numbers stay numbers.
import { visibleText } from "./visible-text.js";

/** A cell value: a number is written as is, a string is text. */
export type CsvCell = string | number;

// Starts that make Excel, LibreOffice or Google Sheets read a cell as a formula (OWASP CSV injection):
// =, +, -, @, tab or carriage return, and =, +, -, @ after leading spaces (some importers trim them).
const FORMULA_START = /^(?:[\t\r]|\s*[=+\-@])/;

// A formula start after a character some importer splits cells on (`,` `;` tab `|`, a line break): an importer
// that ignores quotes, or splits on another delimiter than the writer's, would start a cell there.
const AFTER_SEPARATOR = /(?<=[\s\S])([,;\t|\n])(\s*[=+\-@])/g;

// Text for one cell: control characters visible (a carriage return becomes "\x0d"), formula starts defused at
// the start and after every separator.
export function csvText(text: string): string {
  const clean = visibleText(text).replace(AFTER_SEPARATOR, "$1'$2");
  return FORMULA_START.test(clean) ? `'${clean}` : clean;
}
