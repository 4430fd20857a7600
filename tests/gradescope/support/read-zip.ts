// Reads a zip back with Python's zipfile module (always present where the grader runs), not with our
// own code: entry names, Unix modes, methods, a CRC check of every entry, and the text of chosen entries.
import { execFileSync } from "node:child_process";

/** One entry as zipfile sees it. */
export interface ZipInfo {
  readonly name: string;
  /** Unix permission bits from the external attributes (e.g. 0o755). */
  readonly mode: number;
  /** The file-type bits (0o100000 for a regular file). */
  readonly type: number;
  readonly size: number;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly createSystem: number;
  readonly date: readonly number[];
}

/** What the archive holds. */
export interface ZipContents {
  readonly entries: readonly ZipInfo[];
  /** zipfile.testzip(): the first entry whose CRC or data is bad, or null. */
  readonly firstBad: string | null;
  readonly texts: Record<string, string>;
}

const SCRIPT = `
import json, sys, zipfile
path, wanted = sys.argv[1], sys.argv[2:]
with zipfile.ZipFile(path) as z:
    entries = [{"name": i.filename, "mode": (i.external_attr >> 16) & 0o7777,
                "type": (i.external_attr >> 16) & 0o170000, "size": i.file_size,
                "method": i.compress_type, "createSystem": i.create_system, "date": list(i.date_time)}
               for i in z.infolist()]
    out = {"entries": entries, "firstBad": z.testzip(),
           "texts": {name: z.read(name).decode("utf-8") for name in wanted}}
print(json.dumps(out))
`;

// Lists `zipFile` and returns the text of the entries named in `texts`.
export function readZip(zipFile: string, texts: readonly string[] = []): ZipContents {
  const json = execFileSync("python3", ["-c", SCRIPT, zipFile, ...texts], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(json) as ZipContents;
}
