// `grader rubric validate FILE` and `grader rubric public FILE --out F`: check a rubric, write its student copy.
import { existsSync, readFileSync, realpathSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Command } from "commander";
import { parseRubric } from "../../rubric/load.js";
import { formatProblems, RubricError } from "../../rubric/problems.js";
import { publicCopy } from "../../rubric/public-copy.js";
import { formatSummary, summarise } from "../../rubric/summary.js";
import { UsageError } from "../usage-error.js";

// Adds the `rubric` command and its `validate` and `public` subcommands to the program.
export function registerRubricCommand(program: Command): void {
  const rubric = program.command("rubric").description("check a rubric file or write its student copy");
  rubric
    .command("validate")
    .description("check a rubric against its schema and rules; list every problem with its line")
    .argument("<file>", "rubric YAML file")
    .action((file: string) => {
      const summary = summarise(reportingProblems(file, () => parseRubric(readText(file), file)));
      process.stdout.write(`${file}: valid (${formatSummary(summary)})\n`);
    });
  rubric
    .command("public")
    .description("write the student copy: visible tests only, hidden ones removed entirely")
    .argument("<file>", "rubric YAML file")
    .requiredOption("--out <file>", "where to write the public copy (never the input file)")
    .action((file: string, options: { out: string }) => {
      if (sameFile(file, options.out)) {
        throw new UsageError(`refusing to overwrite the input rubric ${file}; choose another --out`);
      }
      const copy = reportingProblems(file, () => publicCopy(readText(file), file));
      writeFileSync(options.out, copy.text);
      process.stdout.write(
        `${options.out}: public copy of ${file} (${copy.kept} tests kept, ${copy.withheld} withheld)\n`,
      );
    });
}

// Runs `work`; if the rubric is invalid, prints each problem to stderr and fails with exit status 2.
function reportingProblems<T>(file: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (!(error instanceof RubricError)) throw error;
    for (const line of formatProblems(file, error.problems)) process.stderr.write(`${line}\n`);
    const n = error.problems.length;
    throw new UsageError(`${file}: invalid rubric (${n} problem${n === 1 ? "" : "s"})`);
  }
}

function readText(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read rubric ${file}: ${code === "ENOENT" ? "no such file" : String(error)}`);
  }
}

function sameFile(a: string, b: string): boolean {
  if (resolve(a) === resolve(b)) return true;
  return existsSync(a) && existsSync(b) && realpathSync(a) === realpathSync(b);
}
