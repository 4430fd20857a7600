// One shared escaper for text that may come from a submission: control characters are made visible.

// C0 controls except tab and newline, DEL, C1 controls, and the Unicode line/paragraph separators.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is this module's job.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g;

// Replaces control characters (ANSI escapes, carriage returns, NUL…) with visible \xNN / \uNNNN escapes.
export function sanitizeText(text: string): string {
  return text.replace(CONTROL, (ch) => {
    const code = ch.charCodeAt(0);
    return code < 0x100
      ? `\\x${code.toString(16).padStart(2, "0")}`
      : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}
