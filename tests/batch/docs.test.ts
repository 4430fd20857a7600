// The deployment examples in docs/ parse as YAML and wire sharding the way grader batch expects.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse, parseAllDocuments } from "yaml";

describe("docs/kubernetes-indexed-job.yaml", () => {
  const docs = parseAllDocuments(readFileSync("docs/kubernetes-indexed-job.yaml", "utf8"));
  const [grade, merge] = docs.map((d) => {
    expect(d.errors).toEqual([]);
    return d.toJS();
  });

  it("is an Indexed Job whose shard count equals its completions", () => {
    expect(grade).toMatchObject({ apiVersion: "batch/v1", kind: "Job", spec: { completionMode: "Indexed" } });
    const container = grade.spec.template.spec.containers[0];
    const shards = container.env.find((e: { name: string }) => e.name === "GRADER_SHARDS");
    expect(Number(shards.value)).toBe(grade.spec.completions);
    expect(grade.spec.parallelism).toBe(grade.spec.completions);
    expect(grade.spec.template.spec.restartPolicy).toBe("Never");
  });

  it("runs grader batch with --resume into a folder per JOB_COMPLETION_INDEX", () => {
    const command = grade.spec.template.spec.containers[0].args.join(" ");
    expect(command).toMatch(/^exec grader batch \S+ --out "\/data\/out\/shard-\$JOB_COMPLETION_INDEX"/);
    expect(command).toContain("--resume");
    expect(command).not.toContain("--shard ");
  });

  it("merges every shard's folder afterwards", () => {
    expect(merge).toMatchObject({ kind: "Job", metadata: { name: "nn-grader-merge" } });
    const command = merge.spec.template.spec.containers[0].args.join(" ");
    const folders = Array.from({ length: grade.spec.completions }, (_, i) => `/data/out/shard-${i}`);
    expect(command).toContain(`grader merge ${folders.join(" ")} --out /data/out/merged`);
  });
});

describe("docs/github-actions-matrix.yml", () => {
  const workflow = parse(readFileSync("docs/github-actions-matrix.yml", "utf8"));

  it("passes --shard i/N explicitly from a matrix of N shards", () => {
    const shards: number[] = workflow.jobs.grade.strategy.matrix.shard;
    expect(shards).toEqual(Array.from({ length: shards.length }, (_, i) => i + 1));
    const run = workflow.jobs.grade.steps.find((s: { name?: string }) => s.name === "Grade").run;
    expect(run).toContain("npx grader batch");
    expect(run).toContain(`--shard \${{ matrix.shard }}/${shards.length}`);
    expect(workflow.jobs.grade.strategy["fail-fast"]).toBe(false);
  });

  it("merges every shard in a job that needs the matrix", () => {
    expect(workflow.jobs.merge.needs).toBe("grade");
    const run = workflow.jobs.merge.steps.find((s: { name?: string }) => s.name === "Merge").run;
    const shards: number[] = workflow.jobs.grade.strategy.matrix.shard;
    expect(run).toBe(`npx grader merge ${shards.map((i) => `shards/shard-${i}`).join(" ")} --out merged`);
  });
});
