// The CSV escaper's content rule (csv-stringify does the quoting): text cells that a spreadsheet would
// run as a formula get a leading single quote; numbers stay numbers.
import { visibleText } from "./visible-text.js";

/** A cell value: a number is written as is, a string is text. */
export type CsvCell = string | number;

// Starts that make Excel, LibreOffice or Google Sheets read a cell as a formula (OWASP CSV injection):
// =, +, -, @, tab or carriage return, and =, +, -, @ after leading spaces (some importers trim them).
const FORMULA_START = /^(?:[\t\r]|\s*[=+\-@])/;

// Text for one cell: control characters visible (a carriage return becomes "\x0d"), formula starts defused.
export function csvText(text: string): string {
  const clean = visibleText(text);
  return FORMULA_START.test(clean) ? `'${clean}` : clean;
}
