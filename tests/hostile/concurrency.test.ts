// A batch mixing hostile and correct submissions: the correct ones are graded exactly as when graded alone —
// before, while hostile submissions run beside them, and after.
import { describe, expect, it } from "vitest";
import { renderJson } from "../../grader/report/json.js";
import { loadRubric } from "../../grader/rubric/load.js";
import { expectationOf as resultExpectation } from "../e2e/expectations.js";
import { expectationOf, grade } from "./support/catalogue.js";

const rubric = loadRubric("rubrics/initialization.yaml");
const CORRECT = ["submissions/python/correct.py", "submissions/typescript/correct.ts"];
/** Neighbours that fork, allocate, flood, hang, kill their group and crash while the correct ones run. */
const HOSTILE = [
  "fork_bomb.py",
  "memory_bomb.py",
  "output_flood.py",
  "infinite_loop.py",
  "kill_group.py",
  "recursion_bomb.py",
];

const gradeCorrect = () => Promise.all(CORRECT.map((file) => grade(file, rubric, file)));

describe("a batch mixing hostile and correct submissions", () => {
  it("grades the correct ones exactly as when they are graded alone", { timeout: 300_000 }, async () => {
    const alone = (await gradeCorrect()).map(renderJson);

    const [beside, ...hostile] = await Promise.all([
      gradeCorrect(),
      ...HOSTILE.map((name) => grade(`submissions/hostile/${name}`, rubric, name)),
    ]);
    const after = (await gradeCorrect()).map(renderJson);

    expect(beside.map(renderJson)).toEqual(alone);
    expect(after).toEqual(alone);
    for (const result of beside) expect(resultExpectation(result).score).toBe(38);
    // The hostile neighbours got their own expected results too, under the same load.
    hostile.forEach((result, i) => {
      const { score, tests } = expectationOf(HOSTILE[i]);
      expect([HOSTILE[i], resultExpectation(result)]).toEqual([HOSTILE[i], { score, max_score: 38, tests }]);
    });
  });
});
