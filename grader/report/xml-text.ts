// The XML 1.0 escaper's first half: what may appear at all, and `&`. xmlbuilder2 then writes <, >, ".
import { visibleText } from "./visible-text.js";

// xmlbuilder2 leaves `&name;` and `&#N;` untouched, taking them for entity references: student text
// `&nbsp;` would then be an undefined entity and `&#0;` a NUL, both ill-formed. Escaping every `&`
// here makes each one `&amp;`, which xmlbuilder2 in turn leaves as it is.
function escapeAmpersands(text: string): string {
  return text.replace(/&/g, "&amp;");
}

// Text content: only characters XML 1.0 allows (tab, newline, printable); the rest made visible.
export function xmlText(text: string): string {
  return escapeAmpersands(visibleText(text));
}

// An attribute value: as text, with tabs and newlines as spaces (parsers would normalise them anyway).
export function xmlAttribute(text: string): string {
  return escapeAmpersands(visibleText(text).replace(/[\t\n]/g, " "));
}
