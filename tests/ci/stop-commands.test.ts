import { describe, expect, it } from "vitest";
import { randomToken, stopCommandsBlock } from "../../grader/ci/stop-commands.js";

describe("stopCommandsBlock", () => {
  it("wraps the body between ::stop-commands::TOKEN and ::TOKEN::", () => {
    expect(stopCommandsBlock(["a", "::error::b"], () => "t0k3n")).toEqual([
      "::stop-commands::t0k3n",
      "a",
      "::error::b",
      "::t0k3n::",
    ]);
  });

  it("draws again when the body holds the token, so the body cannot close the block", () => {
    const tokens = ["guess", "fresh"];
    const block = stopCommandsBlock(["::guess::", "x"], () => tokens.shift() ?? "");
    expect(block[0]).toBe("::stop-commands::fresh");
    expect(block.at(-1)).toBe("::fresh::");
  });

  it("prints nothing for an empty body", () => {
    expect(stopCommandsBlock([])).toEqual([]);
  });

  it("uses 32 hexadecimal digits of fresh randomness for each token", () => {
    const a = randomToken();
    const b = randomToken();
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(b).not.toBe(a);
  });
});
