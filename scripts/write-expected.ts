// Regenerates the per-test expectations beside each example submission (submissions/**/X.expected.json)
// from a grading run, keeping the hand-written `intent` of each file. Review the diff before committing:
// the intent (which function is wrong and which catalogued mistake must be named) is what tests rely on.
// Usage: node --import tsx scripts/write-expected.ts [submission files…]
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { gradeSubmission } from "../grader/grade/grade-submission.js";
import { loadRubric } from "../grader/rubric/load.js";
import { exampleSubmissions, expectationOf, expectedFileFor } from "../tests/e2e/expectations.js";

const rubric = loadRubric("rubrics/initialization.yaml");
const files = process.argv.length > 2 ? process.argv.slice(2) : exampleSubmissions("submissions");
for (const file of files) {
  const target = expectedFileFor(file);
  const previous = existsSync(target) ? JSON.parse(readFileSync(target, "utf8")) : {};
  const result = await gradeSubmission(file, { rubric, visibleOnly: false });
  const next = { intent: previous.intent ?? {}, ...expectationOf(result) };
  writeFileSync(target, `${JSON.stringify(next, null, 2)}\n`);
  process.stdout.write(`${target}: ${next.score}/${next.max_score}\n`);
}
