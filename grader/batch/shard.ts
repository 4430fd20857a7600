// Sharding: a deterministic partition of students by a stable hash of their id, so adding or removing a
// student never moves another one to a different shard.
import { createHash } from "node:crypto";
import { UsageError } from "../cli/usage-error.js";

/** One part of a partition in n: `index` counts from 1, as `--shard 1/3` does. */
export interface Shard {
  readonly index: number;
  readonly count: number;
}

// Parses "i/n" (1 ≤ i ≤ n) as given to --shard.
export function parseShard(text: string, source = "--shard"): Shard {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  if (match === null) throw new UsageError(`${source}: expected i/n such as 1/4, got "${text}"`);
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (count < 1 || index < 1 || index > count)
    throw new UsageError(`${source}: expected 1 ≤ i ≤ n in i/n, got "${text}"`);
  return { index, count };
}

// The shard (1-based) holding `id` in a partition in `count`: the first 32 bits of sha256(id) mod count.
export function shardOf(id: string, count: number): number {
  const digest = createHash("sha256").update(id, "utf8").digest();
  return (digest.readUInt32BE(0) % count) + 1;
}

// Whether `id` belongs to `shard` (every id does when there is no sharding).
export function inShard(id: string, shard: Shard | undefined): boolean {
  return shard === undefined || shardOf(id, shard.count) === shard.index;
}

// "2/5", as shown in messages and written in batch.json.
export function formatShard(shard: Shard): string {
  return `${shard.index}/${shard.count}`;
}
