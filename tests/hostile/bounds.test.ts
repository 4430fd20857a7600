// One test per bound on what a submission sends back, each with the hostile submission that pushes it: the
// grader refuses the excess as the student's failure, its memory stays under a stated limit, and the time a
// submission takes stays within its budget.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openSession } from "../../grader/runners/open-session.js";
import type { SessionOptions } from "../../grader/runners/options.js";
import type { CallOutcome } from "../../grader/runners/types.js";
import { grade, HOSTILE, shortRubric } from "./support/catalogue.js";
import { renderEveryReport } from "./support/reports.js";

const HE = "initialize_parameters_he";
/** The grader's heap may grow by at most this much while a submission floods it (it reached 4.5 GB before). */
const HEAP_LIMIT_BYTES = 768 * 1024 * 1024;

// Calls he on [2, k, 1] for each k, sampling the heap after every call; returns the outcomes and the peak growth.
async function callEach(
  file: string,
  ks: readonly number[],
  options: Partial<SessionOptions> = {},
): Promise<{ outcomes: CallOutcome[]; heapGrowth: number; elapsedMs: number }> {
  const session = await openSession(join(HOSTILE, file), { functions: [HE], ...options });
  const before = process.memoryUsage().heapUsed;
  let peak = before;
  const outcomes: CallOutcome[] = [];
  const started = performance.now();
  try {
    for (const k of ks) {
      outcomes.push(await session.call({ function: HE, args: [{ $list: [2, k, 1] }], deadlineMs: 10_000 }));
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    }
  } finally {
    await session.close();
  }
  return { outcomes, heapGrowth: peak - before, elapsedMs: performance.now() - started };
}

const reasons = (outcomes: readonly CallOutcome[]) =>
  outcomes.map((o) => (o.status === "rejected" ? o.reason : o.status));

describe("bounds on what a submission sends", () => {
  it("per reply and per submission: values (reply_flood.py), with the heap under its limit", {
    timeout: 180_000,
  }, async () => {
    const { outcomes, heapGrowth } = await callEach("reply_flood.py", [1, 3, 5, 2, 6, 8, 10, 12, 14, 16]);
    const huge = `the response to ${HE} is malformed: it holds more than 1000000 values`;
    const spent = "the submission's replies hold more than 4000000 values in total";
    expect(reasons(outcomes)).toEqual([
      huge,
      huge,
      huge,
      "returned",
      "returned",
      "returned",
      "returned",
      spent,
      spent,
      spent,
    ]);
    expect(heapGrowth).toBeLessThan(HEAP_LIMIT_BYTES);
  });

  it("per traceback: a forged million-line traceback is refused, and no report holds it (traceback_bomb.py)", {
    timeout: 120_000,
  }, async () => {
    const { outcomes } = await callEach("traceback_bomb.py", [4]);
    expect(reasons(outcomes)).toEqual([
      `the response to ${HE} is malformed: error.traceback: must NOT have more than 16000 characters`,
    ]);
    const result = await grade(join(HOSTILE, "traceback_bomb.py"), shortRubric(2000), "traceback_bomb.py");
    expect(result.kind).not.toBe("infrastructure-error");
    for (const [format, text] of Object.entries(renderEveryReport(result)))
      expect([format, text.length < 200_000]).toEqual([format, true]);
  });

  it("unsolicited lines: dropped and counted, the call fails as forged, and the channel's total bytes are bounded (unsolicited_flood.py)", {
    timeout: 120_000,
  }, async () => {
    const mib = 1024 * 1024;
    const { outcomes, heapGrowth } = await callEach("unsolicited_flood.py", [4, 4, 4, 4, 4, 4, 4, 4, 4, 4], {
      submissionBytes: 2 * mib,
    });
    const said = reasons(outcomes);
    expect(said[0]).toMatch(
      /^forged protocol message: |^the response to initialize_parameters_he is not valid JSON/,
    );
    expect(said.at(-1)).toBe("the submission sent more than 2 MiB on its protocol channel in total");
    expect(heapGrowth).toBeLessThan(HEAP_LIMIT_BYTES);
  });

  it("per submission: time over all calls stays within the budget (slow_calls.py)", {
    timeout: 120_000,
  }, async () => {
    const { outcomes, elapsedMs } = await callEach("slow_calls.py", [1, 2, 3, 5, 6, 7, 8, 9, 10, 11], {
      submissionBudgetMs: 3000,
    });
    const said = reasons(outcomes);
    const spent = "the submission used up its time budget of 3000 ms over all its calls";
    expect(said.filter((s) => s === "returned").length).toBeLessThanOrEqual(3);
    expect(said.at(-1)).toBe(spent);
    // The budget, the first load (which the budget also counts) and the kill of the last child.
    expect(elapsedMs).toBeLessThan(3000 + 2000);
  });

  it("the rubric's submission_budget_ms reaches the session: its loads and calls stop at it", {
    timeout: 120_000,
  }, async () => {
    const rubric = { ...shortRubric(2000), submissionBudgetMs: 1000 };
    const started = performance.now();
    const result = await grade(join(HOSTILE, "slow_calls.py"), rubric, "slow_calls.py");
    expect(performance.now() - started).toBeLessThan(30_000);
    expect(result.kind).not.toBe("infrastructure-error");
    // Starting Python and numpy takes about a second here: the budget runs out while loading, or in a call.
    const said = result.tests.map((t) => t.summary ?? "").join("\n");
    expect(said).toMatch(
      /did not finish loading within \d+ ms \(what was left of its submission budget\)|used up its time budget of 1000 ms over all its calls/,
    );
  });
});
