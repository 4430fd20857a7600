import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { resolveShard } from "../../grader/batch/options.js";
import { inShard, parseShard, shardOf } from "../../grader/batch/shard.js";
import { UsageError } from "../../grader/cli/usage-error.js";

const ids = fc.uniqueArray(fc.string({ minLength: 1, maxLength: 12 }), { maxLength: 60 });

describe("sharding", () => {
  it("parses i/n with 1 ≤ i ≤ n and names the rule otherwise", () => {
    expect(parseShard("2/5")).toEqual({ index: 2, count: 5 });
    expect(() => parseShard("0/5")).toThrow('--shard: expected 1 ≤ i ≤ n in i/n, got "0/5"');
    expect(() => parseShard("6/5")).toThrow(UsageError);
    expect(() => parseShard("two/5")).toThrow('--shard: expected i/n such as 1/4, got "two/5"');
  });

  it("puts every student in exactly one shard", () => {
    fc.assert(
      fc.property(ids, fc.integer({ min: 1, max: 9 }), (students, count) => {
        for (const id of students) {
          const owners = Array.from({ length: count }, (_, i) => i + 1).filter((index) =>
            inShard(id, { index, count }),
          );
          expect(owners).toEqual([shardOf(id, count)]);
        }
      }),
      { seed: 42 },
    );
  });

  it("never moves a student to another shard when others are added or removed", () => {
    fc.assert(
      fc.property(ids, ids, fc.integer({ min: 1, max: 9 }), (before, added, count) => {
        const where = (list: string[]) => new Map(list.map((id) => [id, shardOf(id, count)]));
        const after = where([...before, ...added]);
        for (const [id, shard] of where(before)) expect(after.get(id)).toBe(shard);
      }),
      { seed: 7 },
    );
  });

  it("spreads a class roughly evenly", () => {
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 4000; i++) counts[shardOf(`student${i}`, 4) - 1]++;
    for (const c of counts) expect(Math.abs(c - 1000)).toBeLessThan(150);
  });
});

describe("the shard of a Kubernetes Indexed Job", () => {
  it("comes from JOB_COMPLETION_INDEX (0-based) and --shards or GRADER_SHARDS", () => {
    expect(resolveShard({ out: "o", shards: "3" }, { JOB_COMPLETION_INDEX: "0" })).toEqual({
      index: 1,
      count: 3,
    });
    expect(resolveShard({ out: "o" }, { JOB_COMPLETION_INDEX: "2", GRADER_SHARDS: "3" })).toEqual({
      index: 3,
      count: 3,
    });
  });

  it("yields to an explicit --shard, as a GitHub Actions matrix passes it", () => {
    expect(
      resolveShard({ out: "o", shard: "1/2" }, { JOB_COMPLETION_INDEX: "5", GRADER_SHARDS: "9" }),
    ).toEqual({
      index: 1,
      count: 2,
    });
  });

  it("is refused when the count is missing or the index is out of range", () => {
    expect(() => resolveShard({ out: "o" }, { JOB_COMPLETION_INDEX: "1" })).toThrow(
      "JOB_COMPLETION_INDEX is set (1) but the shard count is not: pass --shards N or set GRADER_SHARDS",
    );
    expect(() => resolveShard({ out: "o", shards: "2" }, { JOB_COMPLETION_INDEX: "2" })).toThrow(UsageError);
    expect(() => resolveShard({ out: "o", shards: "2" }, {})).toThrow("--shards needs JOB_COMPLETION_INDEX");
  });

  it("means no sharding when nothing is set", () => {
    expect(resolveShard({ out: "o" }, {})).toBeUndefined();
  });
});
