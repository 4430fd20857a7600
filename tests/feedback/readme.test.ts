// The README shows a real `grader check` output: it must stay the text the golden file holds.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { feedbackGoldenPath, machineIndependent } from "./golden-text.js";

describe("README", () => {
  it("shows exactly what grader check prints for the fan-out example", () => {
    const readme = readFileSync("README.md", "utf8");
    const start = readme.indexOf("(`grader check submissions/python/mistakes/fan_out.py`):\n\n```\n");
    expect(start).toBeGreaterThan(0);
    const body = readme.slice(readme.indexOf("```\n", start) + 4);
    const shown = body.slice(0, body.indexOf("```\n"));
    const golden = readFileSync(
      feedbackGoldenPath("submissions/python/mistakes/fan_out.py", "check"),
      "utf8",
    );
    expect(machineIndependent(shown)).toBe(golden.slice(golden.indexOf("\n") + 1));
  });
});
