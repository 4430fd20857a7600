// State the grader reads back lives in folders of its own (0700) and in sealed files (0600, HMAC): anything
// planted, loosened or edited there is treated as absent, never trusted.
import {
  chmodSync,
  chownSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { computeCourseRun, courseRunKey } from "../../grader/checks/training/course-run.js";
import { cacheFolder, readCachedRun, writeCachedRun } from "../../grader/checks/training/disk-cache.js";
import { ensurePrivateFolder, privateFolderProblem } from "../../grader/state/private-folder.js";
import { readSealed, writeSealed } from "../../grader/state/sealed-file.js";
import { initializeParametersRandom } from "../../reference/initializers.js";

const root = process.getuid?.() === 0;
let base: string;
const previous = process.env.NN_GRADER_CACHE_DIR;

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), "nn-grader-state-test-"));
  process.env.NN_GRADER_CACHE_DIR = join(base, "state");
});
afterAll(() => {
  if (previous === undefined) delete process.env.NN_GRADER_CACHE_DIR;
  else process.env.NN_GRADER_CACHE_DIR = previous;
  rmSync(base, { recursive: true, force: true });
});

describe("private folders", () => {
  it("creates a folder 0700, and tightens one of ours that others could enter", () => {
    const made = join(base, "made");
    expect(ensurePrivateFolder(made)).toBe(made);
    expect(statSync(made).mode & 0o777).toBe(0o700);
    const loose = join(base, "loose");
    mkdirSync(loose, { mode: 0o777 });
    chmodSync(loose, 0o777);
    expect(ensurePrivateFolder(loose)).toBe(loose);
    expect(statSync(loose).mode & 0o777).toBe(0o700);
  });

  it("refuses a symbolic link, and (as root) a folder that belongs to another user", () => {
    const link = join(base, "link");
    symlinkSync(join(base, "made"), link);
    expect(ensurePrivateFolder(link)).toBeUndefined();
    expect(privateFolderProblem(link)).toBe(`${link} is a symbolic link`);
    if (!root) return;
    const theirs = join(base, "theirs");
    mkdirSync(theirs, { mode: 0o700 });
    chownSync(theirs, 65534, 65534);
    expect(ensurePrivateFolder(theirs)).toBeUndefined();
    expect(privateFolderProblem(theirs)).toBe(`${theirs} belongs to uid 65534, not 0`);
  });
});

describe("sealed files", () => {
  it("gives back what was written, 0600, and nothing once the body is edited", () => {
    const folder = ensurePrivateFolder(join(base, "sealed")) as string;
    const path = join(folder, "entry.json");
    writeSealed(path, '{"executable":"/usr/bin/python3"}');
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readSealed(path)).toBe('{"executable":"/usr/bin/python3"}');
    const sealed = JSON.parse(readFileSync(path, "utf8"));
    writeFileSync(path, JSON.stringify({ ...sealed, body: '{"executable":"/tmp/evil"}' }), { mode: 0o600 });
    expect(readSealed(path)).toBeUndefined();
  });

  it("refuses a correctly sealed file that others may write, or (as root) that another user owns", () => {
    const folder = ensurePrivateFolder(join(base, "sealed2")) as string;
    const path = join(folder, "entry.json");
    writeSealed(path, "x");
    chmodSync(path, 0o666);
    expect(readSealed(path)).toBeUndefined();
    chmodSync(path, 0o600);
    expect(readSealed(path)).toBe("x");
    if (!root) return;
    chownSync(path, 65534, 65534);
    expect(readSealed(path)).toBeUndefined();
  });

  it("refuses an entry planted without the key, even with a plausible body", () => {
    const folder = ensurePrivateFolder(join(base, "sealed3")) as string;
    const path = join(folder, "entry.json");
    writeSealed(path, "genuine");
    writeFileSync(path, JSON.stringify({ mac: "00".repeat(32), body: "planted" }), { mode: 0o600 });
    expect(readSealed(path)).toBeUndefined();
  });
});

describe("course-run cache", () => {
  it("keeps runs in the private state folder and recomputes one whose entry was poisoned", () => {
    const start = initializeParametersRandom([2, 3, 1]);
    const run = computeCourseRun(start, 10);
    const key = courseRunKey(start, 10);
    writeCachedRun(key, run);
    expect(readCachedRun(key)).toEqual(run);
    const folder = cacheFolder() as string;
    expect(folder).toBe(join(base, "state", "training"));
    expect(statSync(folder).mode & 0o777).toBe(0o700);
    const [entry] = readdirSync(folder).filter((name) => name.endsWith(`-${key}.json`));
    const path = join(folder, entry);
    const sealed = JSON.parse(readFileSync(path, "utf8"));
    const poisoned = JSON.parse(sealed.body);
    poisoned.costs[0].cost = 0;
    writeFileSync(path, JSON.stringify({ ...sealed, body: JSON.stringify(poisoned) }), { mode: 0o600 });
    expect(readCachedRun(key)).toBeUndefined();
  });
});
