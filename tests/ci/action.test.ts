// The composite action: its inputs and steps as GitHub reads action.yml, and the verification it runs.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { sha256File } from "../../grader/ci/rubric-integrity.js";
import { assertBuilt, grader } from "./support/run-grader.js";
import { readAsRunner } from "./support/workflow-log.js";

interface Step {
  name: string;
  shell?: string;
  run?: string;
  uses?: string;
  env?: Record<string, string>;
  "working-directory"?: string;
}
interface Action {
  inputs: Record<string, { required?: boolean; default?: string; description: string }>;
  runs: { using: string; steps: Step[] };
}

/** GitHub's expression for the action's own folder (a template literal so that `${` stays literal text). */
const ACTION_PATH = `\${{ github.action_path }}`;

const action = parse(readFileSync("action.yml", "utf8")) as Action;
const steps = action.runs.steps;
const step = (name: string): Step => {
  const found = steps.find((s) => s.name === name);
  if (!found) throw new Error(`no step named ${name}`);
  return found;
};

describe("action.yml", () => {
  it("is a composite action with the documented inputs", () => {
    expect(action.runs.using).toBe("composite");
    expect(Object.keys(action.inputs).sort()).toEqual(
      [
        "junit",
        "min-score",
        "node-version",
        "python-version",
        "rubric",
        "rubric-sha256",
        "submission",
        "visible-only",
      ].sort(),
    );
    expect(action.inputs.submission.required).toBe(true);
    expect(action.inputs["min-score"].default).toBe("100%");
    for (const input of Object.values(action.inputs)) expect(input.description).not.toBe("");
  });

  it("refuses to run from the workspace, installs from its own folder, verifies, then grades", () => {
    expect(steps.map((s) => s.name)).toEqual([
      "Refuse to run from the repository under test",
      "Set up Node.js",
      "Set up Python",
      "Install nn-grader",
      "Verify the grading setup",
      "Grade",
    ]);
    expect(step("Install nn-grader")["working-directory"]).toBe(ACTION_PATH);
    expect(step("Install nn-grader").run).toContain("npm ci");
    expect(step("Verify the grading setup").run).toMatch(/ci --verify-only --workspace "\$GITHUB_WORKSPACE"/);
    expect(step("Verify the grading setup").run).toContain('--rubric-sha256 "$RUBRIC_SHA256"');
    expect(step("Grade").run).toContain('--rubric-sha256 "$RUBRIC_SHA256"');
    expect(step("Grade").run).toContain('--min-score "$MIN_SCORE"');
    expect(step("Grade").env?.GRADER).toBe(`${ACTION_PATH}/dist/grader/cli/main.js`);
  });

  it("passes inputs through the environment, never spliced into a script", () => {
    for (const s of steps) {
      if (s.run !== undefined) {
        expect(s.shell).toBe("bash");
        expect(s.run).not.toContain("${{");
      }
    }
  });

  it("pins the third-party actions it uses to a major version", () => {
    const used = steps.flatMap((s) => (s.uses ? [s.uses] : []));
    expect(used).toEqual(["actions/setup-node@v4", "actions/setup-python@v5"]);
  });
});

// The verification step's command, run as the action runs it (inputs left blank arrive as "").
describe("the action's verification, run with the built CLI", () => {
  let workspace: string;
  let rubric: string;
  let hash: string;

  beforeAll(() => {
    assertBuilt(["grader/ci", "grader/cli/commands/ci.ts"]);
    workspace = mkdtempSync(join(tmpdir(), "action-workspace-"));
    mkdirSync(join(workspace, "grading"));
    rubric = join(workspace, "grading", "rubric.yaml");
    copyFileSync("rubrics/initialization.yaml", rubric);
    hash = sha256File(rubric);
  });

  afterAll(() => {
    if (workspace) rmSync(workspace, { recursive: true, force: true });
  });

  const verify = (rubricInput: string, sha: string) =>
    grader([
      "ci",
      "--verify-only",
      "--workspace",
      workspace,
      "--rubric",
      rubricInput,
      "--rubric-sha256",
      sha,
    ]);

  it("accepts the rubric with the right hash", () => {
    expect(verify(rubric, hash)).toEqual({
      status: 0,
      stdout: `nn-grader: rubric ${rubric}: its SHA-256 is the one expected\n`,
      stderr: "",
    });
  });

  it("refuses a changed rubric with an ::error annotation and exit status 2", () => {
    writeFileSync(rubric, `${readFileSync(rubric, "utf8")}# changed by a pull request\n`);
    const changed = sha256File(rubric);
    const run = verify(rubric, hash);
    const message = `the rubric ${rubric} was changed: expected sha256 ${hash}, got ${changed}; this pull request cannot be marked`;
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`grader: ${message}\n`);
    expect(readAsRunner(run.stdout).commands).toEqual([
      { command: "error", properties: { title: "nn-grader: rubric changed" }, message },
    ]);
  });

  it("refuses a rubric in the repository given without a hash", () => {
    const run = verify(rubric, "");
    expect(run.status).toBe(2);
    expect(run.stdout).toMatch(/^::error title=nn-grader%3A rubric not pinned::the rubric /);
    expect(run.stderr).toContain("is inside the repository under test");
  });

  it("accepts the bundled rubric when the rubric input is blank", () => {
    expect(verify("", "").stdout).toMatch(/: taken from outside the repository under test\n$/);
  });
});
