// `grader batch` options as given, normalised once: folders checked, --jobs and the shard resolved
// (from --shard, or from a Kubernetes Indexed Job's JOB_COMPLETION_INDEX), the rubric identified.
import { existsSync, readFileSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join, resolve } from "node:path";
import { UsageError } from "../cli/usage-error.js";
import type { Rubric } from "../rubric/types.js";
import { sha256 } from "./fingerprint.js";
import { JOURNAL_FILE } from "./journal.js";
import { MANIFEST_FILE } from "./manifest.js";
import type { BatchIdentity } from "./outcome.js";
import { parseShard, type Shard } from "./shard.js";

/** The options as the command line gives them. */
export interface RawBatchOptions {
  readonly out: string;
  readonly jobs?: string;
  readonly resume?: boolean;
  readonly shard?: string;
  readonly shards?: string;
}

/** Everything a batch needs, every value checked. */
export interface BatchOptions {
  readonly dir: string;
  readonly outDir: string;
  readonly jobs: number;
  readonly resume: boolean;
  readonly shard: Shard | undefined;
  readonly rubric: Rubric;
  readonly identity: BatchIdentity;
}

// Checks and fills in the options of one batch.
export function normalizeBatchOptions(
  dir: string,
  raw: RawBatchOptions,
  rubric: Rubric,
  grader: string,
  env: NodeJS.ProcessEnv = process.env,
): BatchOptions {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`not a folder: ${dir}`);
  const outDir = resolve(raw.out);
  if (existsSync(outDir) && !statSync(outDir).isDirectory())
    throw new UsageError(`--out: ${raw.out} exists and is not a folder`);
  const resume = raw.resume === true;
  const existing = [JOURNAL_FILE, MANIFEST_FILE].find((f) => existsSync(join(outDir, f)));
  if (!resume && existing !== undefined)
    throw new UsageError(
      `--out: ${raw.out} already holds a batch (${existing}); pass --resume to finish or update it, or choose an empty folder`,
    );
  const sha = sha256(readFileSync(rubric.file));
  return {
    dir: resolve(dir),
    outDir,
    jobs: parseJobs(raw.jobs),
    resume,
    shard: resolveShard(raw, env),
    rubric,
    identity: {
      rubric: { file: rubric.file, assignment: rubric.assignment, title: rubric.title, sha256: sha },
      grader,
    },
  };
}

function parseJobs(text: string | undefined): number {
  if (text === undefined) return availableParallelism();
  const jobs = Number(text);
  if (!Number.isInteger(jobs) || jobs < 1)
    throw new UsageError(`--jobs: expected a whole number ≥ 1, got "${text}"`);
  return jobs;
}

// --shard i/n wins; else a Kubernetes Indexed Job's JOB_COMPLETION_INDEX (0-based) with the count from
// --shards or GRADER_SHARDS; else no sharding.
export function resolveShard(raw: RawBatchOptions, env: NodeJS.ProcessEnv): Shard | undefined {
  const count = raw.shards ?? env.GRADER_SHARDS;
  const countSource = raw.shards !== undefined ? "--shards" : "GRADER_SHARDS";
  if (raw.shard !== undefined) {
    const shard = parseShard(raw.shard);
    if (raw.shards !== undefined && Number(raw.shards) !== shard.count)
      throw new UsageError(`--shards ${raw.shards} disagrees with --shard ${raw.shard}`);
    return shard;
  }
  const index = env.JOB_COMPLETION_INDEX;
  if (index === undefined || index === "") {
    if (raw.shards !== undefined)
      throw new UsageError(
        "--shards needs JOB_COMPLETION_INDEX (a Kubernetes Indexed Job); else use --shard i/n",
      );
    return undefined;
  }
  if (count === undefined || count === "")
    throw new UsageError(
      `JOB_COMPLETION_INDEX is set (${index}) but the shard count is not: pass --shards N or set GRADER_SHARDS`,
    );
  if (!/^\d+$/.test(index))
    throw new UsageError(`JOB_COMPLETION_INDEX: expected a whole number, got "${index}"`);
  if (!/^\d+$/.test(count)) throw new UsageError(`${countSource}: expected a whole number, got "${count}"`);
  return parseShard(
    `${Number(index) + 1}/${count}`,
    `JOB_COMPLETION_INDEX ${index} with ${countSource}=${count}`,
  );
}
