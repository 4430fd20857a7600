import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { computeCourseRun, courseRunKey } from "../../grader/checks/training/course-run.js";
import { readCachedRun, writeCachedRun } from "../../grader/checks/training/disk-cache.js";
import { initializeParametersRandom } from "../../reference/initializers.js";

describe("course-run disk cache", () => {
  const previous = process.env.NN_GRADER_CACHE_DIR;
  beforeAll(() => {
    process.env.NN_GRADER_CACHE_DIR = mkdtempSync(join(tmpdir(), "nn-grader-cache-"));
  });
  afterAll(() => {
    if (previous === undefined) delete process.env.NN_GRADER_CACHE_DIR;
    else process.env.NN_GRADER_CACHE_DIR = previous;
  });

  it("gives back exactly the run it stored, infinite costs and typed arrays included", () => {
    const start = initializeParametersRandom([2, 10, 5, 1]);
    const run = computeCourseRun(start, 1000);
    expect(run.costs[0].cost).toBe(Number.POSITIVE_INFINITY);
    const key = courseRunKey(start, 1000);
    expect(readCachedRun(key)).toBeUndefined();
    writeCachedRun(key, run);
    const back = readCachedRun(key);
    expect(back).toEqual(run);
    expect(back?.final.W1.data).toBeInstanceOf(Float64Array);
    expect(Object.is(back?.final.W2.data[3], run.final.W2.data[3])).toBe(true);
  });

  it("treats a key it has never stored as a miss", () => {
    expect(readCachedRun("0".repeat(64))).toBeUndefined();
  });
});
