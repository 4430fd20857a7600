// Symbolic links in a folder submission: a graded file that links outside its folder is refused unread; links
// beside a graded file (to the rubric, to another student's work) are never staged, so the child cannot follow them.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { grade, shortRubric } from "./support/catalogue.js";
import { token } from "./support/containment.js";
import { formatsContaining, renderEveryReport } from "./support/reports.js";

const scratch = mkdtempSync(join(tmpdir(), "nn-grader-symlinks-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const rubric = shortRubric(1000);

/** A student's folder and, beside it, another student's whose solution holds a secret. */
function folders(): { mine: string; theirs: string; secret: string } {
  const root = mkdtempSync(join(scratch, "case-"));
  const mine = join(root, "alice");
  const theirs = join(root, "bob");
  mkdirSync(mine);
  mkdirSync(theirs);
  const secret = token("bobs-solution");
  writeFileSync(join(theirs, "solution.py"), `# ${secret}\n${readCorrect()}`);
  return { mine, theirs, secret };
}

// A correct initialize_parameters_zeros (the short rubric also calls the other two: they are missing, and fail).
function readCorrect(): string {
  return [
    "import numpy as np",
    "",
    "def initialize_parameters_zeros(layers_dims):",
    "    parameters = {}",
    "    for l in range(1, len(layers_dims)):",
    "        parameters['W' + str(l)] = np.zeros((layers_dims[l], layers_dims[l - 1]))",
    "        parameters['b' + str(l)] = np.zeros((layers_dims[l], 1))",
    "    return parameters",
    "",
  ].join("\n");
}

describe("a graded file that is a symbolic link", () => {
  it("pointing at another student's solution is refused, unread, with a clear load failure", async () => {
    const { mine, theirs, secret } = folders();
    symlinkSync(join(theirs, "solution.py"), join(mine, "solution.py"));
    const result = await grade(join(mine, "solution.py"), rubric, "alice/solution.py");
    expect(result.kind).not.toBe("infrastructure-error");
    expect(result.tests.every((test) => test.status === "failed")).toBe(true);
    expect(result.tests[0].summary).toContain(
      "solution.py is a symbolic link to a file outside its folder: only the submission's own files are graded",
    );
    expect(formatsContaining(renderEveryReport(result), [secret])).toEqual([]);
  });

  it("pointing at the rubric (relative, through ..) is refused the same way", async () => {
    const { mine } = folders();
    symlinkSync(resolve("rubrics/initialization.yaml"), join(mine, "solution.py"));
    const result = await grade(join(mine, "solution.py"), rubric, "alice/solution.py");
    expect(result.tests[0].summary).toContain("is a symbolic link to a file outside its folder");
  });
});

describe("links beside a graded file", () => {
  it("are not staged: the child finds neither the linked rubric nor the linked helper module", async () => {
    const { mine, theirs, secret } = folders();
    symlinkSync(resolve("rubrics/initialization.yaml"), join(mine, "rubric.yaml"));
    symlinkSync(join(theirs, "solution.py"), join(mine, "helper.py"));
    // The probe runs while a graded function is defined (a decorator), so the grader's program slice runs it.
    const probe = `def _probe(function):\n    try:\n        import helper\n        print("imported", helper.__file__)\n    except ImportError as error:\n        print("helper:", type(error).__name__)\n    for name in ("rubric.yaml", "helper.py"):\n        try:\n            print(open(name).read())\n        except OSError as error:\n            print(name + ":", type(error).__name__)\n    return function\n\n`;
    const correct = readCorrect()
      .replace("import numpy as np\n", "")
      .replace("def initialize_parameters_zeros", "@_probe\ndef initialize_parameters_zeros");
    writeFileSync(join(mine, "solution.py"), `import os\nimport numpy as np\n\n${probe}${correct}`);
    const result = await grade(join(mine, "solution.py"), rubric, "alice/solution.py");
    expect(result.output.stdout).toBe(
      "helper: ModuleNotFoundError\nrubric.yaml: FileNotFoundError\nhelper.py: FileNotFoundError\n",
    );
    expect(result.tests.find((test) => test.id === "zeros.values.public")?.status).toBe("passed");
    expect(formatsContaining(renderEveryReport(result), [secret, "deadline_ms"])).toEqual([]);
  });
});
