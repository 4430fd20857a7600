// `grader merge OUTDIR... --out OUTDIR`: combines shard outputs into what one batch over everyone writes.
import type { Command } from "commander";
import { mergeWithPages } from "../../batch/merge-with-pages.js";

// Adds `merge` to the program.
export function registerMergeCommand(program: Command): void {
  program
    .command("merge")
    .description("merge the output folders of grader batch shards into one, as a single run would write it")
    .argument("<outdirs...>", "output folders of grader batch (every shard of one partition)")
    .requiredOption("--out <outdir>", "new or empty folder for the merged gradebook, results and summary")
    .action(async (dirs: string[], options: { out: string }) => {
      const report = await mergeWithPages(dirs, options.out);
      const infra = report.outcomes.filter((o) => o.status === "infrastructure-error").length;
      process.stdout.write(
        `merged ${report.inputs} folders (${report.outcomes.length} students, ${infra} infrastructure errors) into ${options.out}\n`,
      );
    });
}
