// The HTML escaper: student text as element content or attribute value, never as markup.
import { visibleText } from "./visible-text.js";

const ENTITIES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

// Escapes text for element content or a quoted attribute: control characters visible, &<>"' as entities.
export function escapeHtml(text: string): string {
  return visibleText(text).replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch);
}

// Escapes text for a paragraph: as escapeHtml, with newlines kept as <br>.
export function htmlInline(text: string): string {
  return escapeHtml(text).replace(/\n/g, "<br>");
}
