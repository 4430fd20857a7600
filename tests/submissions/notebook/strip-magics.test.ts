// IPython syntax is removed from cells without moving any line.
import { describe, expect, it } from "vitest";
import { stripMagics } from "../../../grader/submissions/notebook/strip-magics.js";

describe("stripMagics", () => {
  it("replaces line magics, shell escapes and help queries with pass at the same indentation", () => {
    const cell = [
      "%matplotlib inline",
      "!pip install numpy",
      "files = !ls",
      "np.random.randn?",
      "for i in range(2):",
      "    %time f(i)",
      "x = 5 % 3",
      "y = a != b",
    ];
    expect(stripMagics(cell.join("\n"))?.split("\n")).toEqual([
      "pass",
      "pass",
      "pass",
      "pass",
      "for i in range(2):",
      "    pass",
      "x = 5 % 3",
      "y = a != b",
    ]);
  });

  it("keeps the Python body of %%time and %%capture cells", () => {
    expect(stripMagics("%%time\ndef f():\n    return 1\n")).toBe("pass\ndef f():\n    return 1\n");
    expect(stripMagics("\n%%capture out\nx = 1")).toBe("\npass\nx = 1");
  });

  it("drops cells whose magic makes them another language", () => {
    expect(stripMagics("%%bash\necho hi\n")).toBeUndefined();
    expect(stripMagics("%%writefile helper.py\nimport os\n")).toBeUndefined();
  });
});
