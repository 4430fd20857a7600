// Every session states the isolation its children ran under; the levels below bubblewrap still grade correctly.
import { afterEach, describe, expect, it } from "vitest";
import { openSession } from "../../../grader/runners/open-session.js";
import { isolationWorks } from "../../../grader/sandbox/index.js";
import { dims, returned } from "../support/runner-helpers.js";

const PYTHON = "submissions/python/correct.py";
const TYPESCRIPT = "submissions/typescript/correct.ts";
const namespaces = await isolationWorks("namespaces");

afterEach(() => {
  delete process.env.NN_GRADER_ISOLATION;
});

async function heW2(file: string, options: Parameters<typeof openSession>[1] = { functions: [] }) {
  const session = await openSession(file, options);
  try {
    const value = returned(
      await session.call({ function: "initialize_parameters_he", args: [dims(3, 1, 2)], deadlineMs: 5000 }),
    );
    return { isolation: session.isolation(), value, output: session.output() };
  } finally {
    await session.close();
  }
}

describe("session isolation", () => {
  it.each([PYTHON, TYPESCRIPT])(
    "runs %s under bubblewrap here, with nothing left unprotected to report",
    async (file) => {
      const run = await heW2(file);
      expect(run.isolation).toEqual({ level: "bubblewrap", caveats: [] });
      expect(run.output).toEqual({ stdout: "", stderr: "", truncated: false });
    },
  );

  it.each([PYTHON, TYPESCRIPT])(
    "lowers %s to rlimits-only when NN_GRADER_ISOLATION says so, and says what that leaves open",
    async (file) => {
      process.env.NN_GRADER_ISOLATION = "rlimits-only";
      const run = await heW2(file);
      expect(run.isolation.level).toBe("rlimits-only");
      expect(run.isolation.caveats).toContain("network is open");
      expect(run.value).toEqual((await heW2(file, { functions: [], isolation: "bubblewrap" })).value);
    },
  );

  it.runIf(namespaces)("runs under namespaces when asked", async () => {
    const run = await heW2(PYTHON, { functions: [], isolation: "namespaces" });
    expect(run.isolation.level).toBe("namespaces");
    // The same private filesystem as bubblewrap, built without it: nothing left to declare.
    expect(run.isolation.caveats).toEqual([]);
  });

  it("runs unsandboxed only when a program asks for 'none', and says so", async () => {
    const run = await heW2(PYTHON, { functions: [], isolation: "none" });
    expect(run.isolation).toEqual({
      level: "none",
      caveats: [expect.stringMatching(/^not sandboxed \(benchmark mode\)/)],
    });
  });

  it("refuses an unknown level in the environment as a grader configuration error", async () => {
    process.env.NN_GRADER_ISOLATION = "docker";
    await expect(openSession(PYTHON, { functions: [] })).rejects.toThrow(
      'NN_GRADER_ISOLATION: expected one of bubblewrap, namespaces, rlimits-only, got "docker"',
    );
  });
});
