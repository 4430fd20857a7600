// The Markdown escaper (GitHub-flavoured): student text as inline text that renders literally, or as code.
import { visibleText } from "./visible-text.js";

/** A test status as Markdown tables show it. */
export const MARKDOWN_STATUS = { passed: "✅ passed", failed: "❌ failed" } as const;

const HTML_ENTITIES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };

// Punctuation that acts anywhere in a line: code, emphasis, links, table cells, strikethrough,
// headings' closing #, math. (`!` and `(` only act after `[`, which is escaped.)
const INLINE_PUNCTUATION = /[\\`*_[\]|~#$]/g;

// What acts only at the start of a line: list bullets, setext underlines, ordered-list numbers.
const LINE_START = /^(\s*)([-+=]|\d+[.)])/;

// Inline text: &, <, > as entities, Markdown punctuation backslash-escaped (`|` too, so table cells
// hold), a leading `-`, `+`, `=` or `1.` defused, newlines as <br> so the text stays on its line.
export function markdownInline(text: string): string {
  return visibleText(text)
    .replace(/[&<>]/g, (ch) => HTML_ENTITIES[ch] ?? ch)
    .replace(INLINE_PUNCTUATION, "\\$&")
    .replace(LINE_START, (_match, space: string, marker: string) => `${space}${escapeLast(marker)}`)
    .replace(/\n/g, "<br>");
}

// An indented code block: every line starts with four spaces, so no line of the text can leave it or
// be read as Markdown or HTML. Needs a blank line before and after; empty for empty text.
export function markdownCodeBlock(text: string): string[] {
  const clean = visibleText(text).replace(/\n+$/, "");
  return clean === "" ? [] : clean.split("\n").map((line) => `    ${line}`);
}

// "-" → "\-", "12." → "12\.".
function escapeLast(marker: string): string {
  return `${marker.slice(0, -1)}\\${marker.slice(-1)}`;
}
