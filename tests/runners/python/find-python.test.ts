// Finding and resolving the Python interpreter: override, PATH search, and the real binary behind a shim.
import { realpathSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findPythonOnPath } from "../../../grader/runners/python/find-python.js";
import { resolvePython } from "../../../grader/runners/python/resolve-python.js";

describe("findPythonOnPath", () => {
  it("honours NN_GRADER_PYTHON, then searches PATH, skipping relative entries", () => {
    expect(findPythonOnPath({ NN_GRADER_PYTHON: "/bin/sh", PATH: "" })).toBe("/bin/sh");
    expect(
      findPythonOnPath({ NN_GRADER_PYTHON: "/nonexistent/python", PATH: process.env.PATH }),
    ).toBeUndefined();
    expect(findPythonOnPath({ PATH: "relative/bin:/nonexistent" })).toBeUndefined();
  });
});

describe("resolvePython", () => {
  it("resolves once to a real interpreter, not the pyenv shim", async () => {
    const first = await resolvePython();
    expect(first).toBeDefined();
    expect(await resolvePython()).toBe(first);
    expect(realpathSync(first?.executable ?? "")).not.toMatch(/shims/);
  });
});
