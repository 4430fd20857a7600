// Session options are normalised once; a bad option is a grader bug and throws.
import { describe, expect, it } from "vitest";
import { normalizeSessionOptions, SESSION_DEFAULTS } from "../../grader/runners/options.js";

describe("normalizeSessionOptions", () => {
  it("fills in the defaults", () => {
    expect(normalizeSessionOptions({ functions: ["f"] })).toEqual({
      functions: ["f"],
      env: {},
      ...SESSION_DEFAULTS,
    });
    expect(SESSION_DEFAULTS.outputCapBytes).toBe(64 * 1024);
    expect(SESSION_DEFAULTS.responseCapBytes).toBe(32 * 1024 * 1024);
  });

  it("refuses bad values, naming the option", () => {
    expect(() => normalizeSessionOptions({ functions: [], outputCapBytes: -2 })).toThrow(
      "session options outputCapBytes: expected a positive number, got -2",
    );
    expect(() => normalizeSessionOptions({ functions: ["ok", "not ok"] })).toThrow(
      'session options functions[1]: expected a Python identifier, got "not ok"',
    );
  });
});
