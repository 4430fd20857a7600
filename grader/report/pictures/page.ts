// The standalone page around pictures: inline SVG and one inline stylesheet (screen and print), a
// strict Content-Security-Policy that allows only that stylesheet, no script, font, image or request.
import { createHash } from "node:crypto";

/** The pages' only stylesheet. */
export const PICTURE_STYLE = [
  "body{font:15px/1.5 system-ui,sans-serif;color:#1f2328;background:#fff;max-width:80rem;margin:2rem auto;padding:0 1rem}",
  "h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2rem;border-bottom:1px solid #d0d7de}",
  ".figures{display:flex;flex-wrap:wrap;gap:1rem;align-items:flex-start}",
  "figure{margin:0;max-width:100%}figure svg{max-width:100%;height:auto}",
  "figcaption{max-width:24rem;font-size:.9rem;color:#424a53}",
  "table{border-collapse:collapse;margin:1rem 0}",
  "th,td{border:1px solid #d0d7de;padding:.3rem .6rem;text-align:left;vertical-align:top}",
  "td.num{text-align:right;font-variant-numeric:tabular-nums}",
  "a{color:#0550ae}.notice{border-left:4px solid #bf8700;background:#fff8c5;padding:.5rem 1rem}",
  "@media print{body{max-width:none;margin:0;font-size:11pt}figure,table,tr{break-inside:avoid}a{color:inherit}h2{break-after:avoid}}",
].join("\n");

/** Only the stylesheet above; no scripts, frames, images, fonts, connections, forms or base URL. */
export const PICTURE_CSP = [
  "default-src 'none'",
  `style-src 'sha256-${createHash("sha256").update(PICTURE_STYLE).digest("base64")}'`,
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

// A complete page from a title (already escaped) and body markup (already escaped).
export function picturePage(title: string, body: readonly string[]): string {
  return [
    "<!DOCTYPE html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${PICTURE_CSP}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${title}</title>`,
    `<style>${PICTURE_STYLE}</style>`,
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

// One figure: the chart and a caption saying what to see in it (caption already escaped).
export function figure(svg: string, caption: string): string {
  return `<figure>${svg}<figcaption>${caption}</figcaption></figure>`;
}
