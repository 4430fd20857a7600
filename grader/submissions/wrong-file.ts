// Recognises files that are not what their extension says (a zip, a saved web page, a binary) or that are too
// large, and words one specific message for each, saying what the file is and how to get the right one.

/** The largest submission read (a notebook with every plot's output embedded stays well below it). */
export const MAX_SUBMISSION_BYTES = 16 * 1024 * 1024;

/** A file problem: the StudentError type and the sentence the student reads. */
export interface WrongFile {
  readonly type: string;
  readonly message: string;
}

/** Local file header signature of a zip archive ("PK\x03\x04"), also the start of .docx and .xlsx files. */
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
// A saved page: the first tag of an HTML document, after optional whitespace and a byte order mark.
const HTML_START = /^\uFEFF?\s*<(?:!doctype\s+html|html[\s>]|head[\s>]|!--)/i;

function mib(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}

// What to download instead, per extension.
function downloadHint(ext: string): string {
  return ext === ".ipynb"
    ? "in Jupyter use File → Download (on GitHub, the “Download raw file” button) to get the .ipynb file itself"
    : "download the raw file (on GitHub, the “Raw” or “Download raw file” button), not the page that shows it";
}

/** The problem with a file of `size` bytes, before reading it; undefined when the size is fine. */
export function sizeProblem(displayName: string, ext: string, size: number): WrongFile | undefined {
  if (size <= MAX_SUBMISSION_BYTES) return undefined;
  const hint =
    ext === ".ipynb"
      ? "clear the notebook's outputs (Edit → Clear Outputs of All Cells), save, and submit it again"
      : "a submission is source code: submit only the file with your functions";
  return {
    type: "FileTooLarge",
    message: `${displayName} is ${mib(size)}, over the ${mib(MAX_SUBMISSION_BYTES)} limit for a submission: ${hint}`,
  };
}

/** The problem with a file's bytes when they are a zip archive or a saved web page; undefined otherwise. */
export function contentProblem(displayName: string, ext: string, bytes: Uint8Array): WrongFile | undefined {
  if (ZIP_SIGNATURE.every((byte, i) => bytes[i] === byte)) {
    return {
      type: "ZipArchive",
      message: `${displayName} is a zip archive, not a ${ext} file: unzip it and submit the ${ext} file inside`,
    };
  }
  const start = new TextDecoder("utf-8", { fatal: false }).decode(bytes.subarray(0, 512));
  if (HTML_START.test(start)) {
    return {
      type: "SavedWebPage",
      message: `${displayName} is a saved web page (HTML), not a ${ext === ".ipynb" ? "notebook" : `${ext} file`}: ${downloadHint(ext)}`,
    };
  }
  return undefined;
}
