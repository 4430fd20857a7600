// Text from a submission made safe to display anywhere: the shared sanitizer, plus what it leaves alone.
import { sanitizeText } from "./sanitize.js";

// Lone UTF-16 surrogates (not encodable), U+FFFE/U+FFFF (noncharacters XML forbids), and the bidi
// embedding/override/isolate controls that can make a file name display as something else.
const INVISIBLE =
  /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\uFFFE\uFFFF\u202A-\u202E\u2066-\u2069]/g;

// Makes every control character visible (\xNN / \uNNNN); CRLF line endings count as plain newlines.
export function visibleText(text: string): string {
  return sanitizeText(text.replace(/\r\n/g, "\n")).replace(
    INVISIBLE,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}
