// The standalone HTML page around a report: one inline stylesheet, allowed by hash in a strict CSP.
import { createHash } from "node:crypto";

/** The page's only stylesheet; the CSP below allows exactly this text and nothing else. */
export const STYLE = [
  "body{font:15px/1.5 system-ui,sans-serif;color:#1f2328;max-width:60rem;margin:2rem auto;padding:0 1rem}",
  "table{border-collapse:collapse;margin:1rem 0}",
  "th,td{border:1px solid #d0d7de;padding:.3rem .6rem;text-align:left;vertical-align:top}",
  "td.points{text-align:right;font-variant-numeric:tabular-nums}",
  ".passed{color:#1a7f37}.failed{color:#cf222e}.visibility{color:#59636e}",
  "pre{background:#f6f8fa;padding:.75rem;overflow:auto;white-space:pre-wrap;overflow-wrap:anywhere}",
  ".notice{border-left:4px solid #bf8700;background:#fff8c5;padding:.5rem 1rem}",
].join("\n");

/** No scripts, frames, images, fonts, connections, forms or base URL; only the stylesheet above. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  `style-src 'sha256-${createHash("sha256").update(STYLE).digest("base64")}'`,
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

// Wraps escaped body markup in a complete page; `title` must already be escaped.
export function htmlPage(title: string, body: readonly string[]): string {
  return [
    "<!DOCTYPE html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${title}</title>`,
    `<style>${STYLE}</style>`,
    "</head>",
    "<body>",
    "<main>",
    ...body,
    "</main>",
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
