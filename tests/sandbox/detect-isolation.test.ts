// detectIsolation: the strongest level that really runs here, tried once per process.
import { describe, expect, it } from "vitest";
import {
  describeIsolation,
  detectIsolation,
  ISOLATION_LEVELS,
  isolationWorks,
  readHost,
} from "../../grader/sandbox/index.js";

describe("detectIsolation", () => {
  it("finds bubblewrap on this machine (bwrap installed, running as root)", async () => {
    expect(await detectIsolation()).toBe("bubblewrap");
  });

  it("asks once and caches the answer for the process", () => {
    expect(detectIsolation()).toBe(detectIsolation());
  });

  it("declares a level unusable when its helper is missing, instead of throwing", async () => {
    const host = readHost();
    expect(await isolationWorks("bubblewrap", { ...host, tools: { ...host.tools, bwrap: undefined } })).toBe(
      false,
    );
    expect(
      await isolationWorks("namespaces", { ...host, tools: { ...host.tools, unshare: undefined } }),
    ).toBe(false);
  });

  it("declares bubblewrap unusable when bwrap fails (here: a binary that exits 1)", async () => {
    const host = readHost();
    expect(
      await isolationWorks("bubblewrap", { ...host, tools: { ...host.tools, bwrap: "/usr/bin/false" } }),
    ).toBe(false);
  });

  it("has a one-line description for every level", () => {
    for (const level of ISOLATION_LEVELS) expect(describeIsolation(level)).toMatch(/^[^\n]+$/);
  });
});
