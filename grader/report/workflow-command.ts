// GitHub Actions workflow commands (`::name key=value,…::message`) with the runner's escaping rules.
import { visibleText } from "./visible-text.js";

/** A workflow command that reports a problem: an error or a warning annotation. */
export type AnnotationLevel = "error" | "warning";

// Escapes a command's message. The runner decodes %25, %0D and %0A; newlines therefore cannot end the
// command. Any `::` is broken up as `:%3A` (shown literally) so no student text ever holds the marker.
export function escapeData(text: string): string {
  return visibleText(text)
    .replace(/%/g, "%25")
    .replace(/\r/g, "%0D")
    .replace(/\n/g, "%0A")
    .replace(/::/g, ":%3A");
}

// Escapes a property value: as data, plus `:` and `,`, which would end the value early.
export function escapeProperty(text: string): string {
  return visibleText(text)
    .replace(/%/g, "%25")
    .replace(/\r/g, "%0D")
    .replace(/\n/g, "%0A")
    .replace(/:/g, "%3A")
    .replace(/,/g, "%2C");
}

// One command line: `::error file=a.py,line=3,title=T::message` (properties in the order given).
export function workflowCommand(
  level: AnnotationLevel,
  properties: readonly (readonly [string, string])[],
  message: string,
): string {
  const props = properties.map(([key, value]) => `${key}=${escapeProperty(value)}`).join(",");
  return `::${level}${props ? ` ${props}` : ""}::${escapeData(message)}`;
}
