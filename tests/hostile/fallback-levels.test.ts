// The weaker levels, forced as on a machine without bubblewrap: what they still contain, and every report saying
// which level was in force and what it left open. (The whole catalogue runs at namespaces in containment.test.ts;
// at rlimits-only only entries that are safe without a private filesystem and network run: see SECURITY.md.)
import { rmSync } from "node:fs";
import { dirname } from "node:path";
import { XMLParser } from "fast-xml-parser";
import { afterAll, describe, expect, it } from "vitest";
import type { GradeResult } from "../../grader/grade/types.js";
import { isolationWorks } from "../../grader/sandbox/index.js";
import { expectationOf as resultExpectation } from "../e2e/expectations.js";
import { expectedFor, grade, markedCopy, shortRubric } from "./support/catalogue.js";
import { eventually, processesWith, token } from "./support/containment.js";
import { renderEveryReport } from "./support/reports.js";

const namespaces = await isolationWorks("namespaces");
const copies: string[] = [];
afterAll(() => {
  for (const copy of copies) rmSync(dirname(copy), { recursive: true, force: true });
  rmSync("/tmp/nn-grader-daemon-alive", { force: true });
});

async function gradeAt(name: string, level: "namespaces" | "rlimits-only"): Promise<[GradeResult, string]> {
  const marker = token("fallback").slice(0, 20);
  const copy = markedCopy(name, marker);
  copies.push(copy);
  return [await grade(copy, shortRubric(1000), name, level), marker];
}

function expectLevelInEveryReport(result: GradeResult, level: string): void {
  const reports = renderEveryReport(result);
  expect(reports.text).toContain(`isolation: ${level}`);
  const json = JSON.parse(reports.json);
  expect(json.isolation).toBe(level);
  const gradescope = JSON.parse(reports.gradescope);
  // Students see `output`; the level and what it left open are for instructors, in extra_data.
  expect(gradescope.extra_data.isolation).toBe(level);
  const junit = new XMLParser({ ignoreAttributes: false }).parse(reports.junit);
  const properties = junit.testsuites.testsuite.properties.property as {
    "@_name": string;
    "@_value": string;
  }[];
  expect(properties.find((p) => p["@_name"] === "isolation")?.["@_value"]).toBe(level);
  if (level === "namespaces") {
    // The same private filesystem as bubblewrap: no caveat to print.
    expect(result.isolationCaveats).toBeUndefined();
    expect(json.isolation_caveats).toBeUndefined();
    return;
  }
  const caveat = result.isolationCaveats?.[0] ?? "";
  expect(caveat).toMatch(/^no filesystem isolation/);
  expect(reports.text).toContain(`  not isolated: ${caveat}`);
  expect(json.isolation_caveats).toEqual(result.isolationCaveats);
  expect(gradescope.extra_data.isolation_caveats).toEqual(result.isolationCaveats);
  expect(gradescope.output).not.toContain(caveat);
  expect(properties.find((p) => p["@_name"] === "isolation_caveats")?.["@_value"]).toContain(caveat);
}

describe.runIf(namespaces)("namespaces (no bubblewrap)", () => {
  it("still kills a double-forked daemon with its pid namespace, and every report says namespaces", async () => {
    const [result, marker] = await gradeAt("daemon.py", "namespaces");
    expect(result.isolation).toBe("namespaces");
    expect(resultExpectation(result).score).toBe(expectedFor("daemon.py", shortRubric(1000)).score);
    expect(await eventually(() => processesWith(marker).length === 0, 3000)).toBe(true);
    expectLevelInEveryReport(result, "namespaces");
  });
});

describe("rlimits-only (no bubblewrap, no user namespaces)", () => {
  it("still stops a hang at the deadline and kills it, and every report says rlimits-only and what it leaves open", async () => {
    const [result, marker] = await gradeAt("infinite_loop.py", "rlimits-only");
    expect(result.isolation).toBe("rlimits-only");
    expect(result.isolationCaveats).toContain("network is open");
    const { score, tests } = resultExpectation(result);
    expect({ score, tests }).toEqual(expectedFor("infinite_loop.py", shortRubric(1000)));
    expect(await eventually(() => processesWith(marker).length === 0, 3000)).toBe(true);
    expectLevelInEveryReport(result, "rlimits-only");
  });

  it("still survives a submission killing its own process group", async () => {
    const [result, marker] = await gradeAt("kill_group.py", "rlimits-only");
    const { score, tests } = resultExpectation(result);
    expect({ score, tests }).toEqual(expectedFor("kill_group.py", shortRubric(1000)));
    expect(await eventually(() => processesWith(marker).length === 0, 3000)).toBe(true);
  });
});
