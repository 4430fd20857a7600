// Each hostile submission of the catalogue, graded in the sandbox: the grader finishes and reports; the score is
// exactly what the functions legitimately returned; no file outside the sandbox changes; nothing reaches a
// listener; no planted secret, rubric text or other submission appears in any report; no process survives.
import { rmSync } from "node:fs";
import { dirname } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GradeResult } from "../../grader/grade/types.js";
import { detectIsolation, type IsolationLevel, isolationWorks } from "../../grader/sandbox/index.js";
import { expectationOf as resultExpectation } from "../e2e/expectations.js";
import { expectedFor, grade, hostileFiles, markedCopy, shortRubric } from "./support/catalogue.js";
import {
  changes,
  eventually,
  fakeHome,
  type Listener,
  listen,
  PLANTED_FILES,
  type Planted,
  plantSecrets,
  processesWith,
  snapshot,
  token,
} from "./support/containment.js";
import { formatsContaining, renderEveryReport } from "./support/reports.js";

const detected = await detectIsolation();
/** The two levels with a private filesystem: the catalogue is contained at both. */
const LEVELS: readonly IsolationLevel[] = [
  detected,
  ...((detected === "bubblewrap" && (await isolationWorks("namespaces"))
    ? ["namespaces"]
    : []) as IsolationLevel[]),
];
/** Lines of the rubric and of another submission: present on disk, never in a hostile submission's reports. */
const PRIVATE_TEXT = [
  "Widths and depths unlike the public [3, 2, 1], so that hard-coded shapes fail.",
  "A correct solution in a different style: f-strings, comprehensions",
];
/** A short deadline, so that a hang costs one second per function; more where an act legitimately needs it. */
const DEADLINE_MS = 1000;
const SLOWER: Readonly<Record<string, number>> = {
  // Encoding 34 MB takes the driver about half a second before it can say the reply is too large.
  "huge_return.py": 4000,
};

/** What some cases show besides the common checks. */
const ALSO: Readonly<Record<string, (result: GradeResult) => void>> = {
  "read_secrets.py": (result) => expect(result.output.stdout).not.toContain("LEAKED"),
  "node_escape.ts": (result) => {
    expect(result.output.stdout).not.toContain("LEAKED");
    expect(result.output.stdout).toContain("shell: refused (ERR_ACCESS_DENIED)");
  },
  "network.py": (result) => {
    expect(result.output.stdout).toContain("tcp to the host's 127.0.0.1: ConnectionRefusedError");
    expect(result.output.stdout).toContain("tcp to an outside address: OSError");
  },
  "write_outside.py": (result) =>
    expect(result.output.stdout).toBe("wrote: /tmp/nn-grader-hostile-was-here\n"),
  "output_flood.py": (result) => expect(result.output.truncated).toBe(true),
  "tamper_grader.py": (result) => expect(result.output.stdout).toBe("tampered: \n"),
  "huge_return.py": (result) =>
    expect(result.tests.find((t) => t.id === "random.structure")?.summary).toContain(
      "exceeds the 32 MiB response cap",
    ),
  "forge_fd.py": (result) =>
    expect(result.tests.find((t) => t.id === "he.values.public")?.summary).toContain(
      "forged protocol message",
    ),
  "kill_group.py": (result) =>
    expect(result.tests.find((t) => t.id === "zeros.structure")?.summary).toContain("was killed by signal"),
};

let planted: Planted;
let listener: Listener;
let home: ReturnType<typeof fakeHome>;

beforeAll(async () => {
  planted = plantSecrets();
  listener = await listen();
  home = fakeHome();
});
afterAll(async () => {
  planted.remove();
  await listener.close();
  home.remove();
});

describe("the hostile catalogue", () => {
  it("runs in bubblewrap and, forced, in namespaces on this machine (the claims below are made for both)", () => {
    expect(detected).toBe("bubblewrap");
    expect(LEVELS).toEqual(["bubblewrap", "namespaces"]);
  });

  it("holds at least the catalogued kinds of attack", () => {
    expect(hostileFiles().length).toBeGreaterThanOrEqual(24);
  });
});

describe.each(LEVELS.flatMap((level) => hostileFiles().map((name) => [level, name] as const)))(
  "%s: %s",
  (level, name) => {
    it("is contained, and scored only on what its functions returned", { timeout: 60_000 }, async () => {
      const rubric = shortRubric(SLOWER[name] ?? DEADLINE_MS);
      const watched = [home.folder, "rubrics", "submissions", ...PLANTED_FILES];
      const before = snapshot(watched);
      const marker = token("hostile").slice(0, 20);
      const copy = markedCopy(name, marker);
      try {
        const result = await grade(copy, rubric, name, level);

        expect(result.kind).not.toBe("infrastructure-error");
        expect(result.isolation).toBe(level);
        const { score, tests } = resultExpectation(result);
        expect({ score, tests }).toEqual(expectedFor(name, rubric));
        ALSO[name]?.(result);

        expect(await eventually(() => processesWith(marker).length === 0, 3000)).toBe(true);
        expect(changes(before, snapshot(watched))).toEqual([]);
        expect(listener.received).toEqual([]);
        const reports = renderEveryReport(result);
        expect(formatsContaining(reports, planted.secrets)).toEqual([]);
        expect(formatsContaining(reports, PRIVATE_TEXT)).toEqual([]);
      } finally {
        rmSync(dirname(copy), { recursive: true, force: true });
      }
    });
  },
);
