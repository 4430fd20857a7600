// `npm run bench`: runs every benchmark under bench/, the model's first, each in its own Node
// process (a fresh JIT and heap), and fails if any of them fails. A folder's entry is its main.ts;
// a folder without one has each of its *.ts files run in turn (files named _* are scratch, skipped).
// bench/support holds shared helpers, not benchmarks.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** Benchmarks that run before the others (in this order); the rest follow alphabetically. */
const FIRST = ["model"];
const ENTRY = "main.ts";
const HELPERS = "support";

const benchDir = fileURLToPath(new URL(".", import.meta.url));

// Benchmark folders in running order.
function folders(): string[] {
  const names = readdirSync(benchDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== HELPERS)
    .map((entry) => entry.name)
    .sort();
  const rank = (name: string) => (FIRST.includes(name) ? FIRST.indexOf(name) : FIRST.length);
  return names.sort((a, b) => rank(a) - rank(b));
}

// The scripts to run for one folder: its main.ts, else its *.ts files.
function entries(folder: string): string[] {
  const dir = join(benchDir, folder);
  if (existsSync(join(dir, ENTRY))) return [join(dir, ENTRY)];
  return readdirSync(dir)
    .filter((file) => file.endsWith(".ts") && !file.startsWith("_"))
    .sort()
    .map((file) => join(dir, file));
}

function main(): void {
  const failed: string[] = [];
  for (const folder of folders()) {
    for (const script of entries(folder)) {
      const name = `bench/${folder}/${script.slice(script.lastIndexOf("/") + 1)}`;
      console.log(`== ${name}`);
      const run = spawnSync(process.execPath, ["--import", "tsx", script], { stdio: "inherit" });
      if (run.status !== 0) failed.push(name);
    }
  }
  if (failed.length > 0) {
    console.error(`bench: ${failed.length} benchmark(s) failed: ${failed.join(", ")}`);
    process.exitCode = 1;
  }
}

main();
