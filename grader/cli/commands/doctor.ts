// `grader doctor`: checks Python, numpy, Node and the isolation available, and says how to fix what is missing.
import type { Command } from "commander";
import pc from "picocolors";
import { collectDoctorReport, renderDoctorReport } from "../../runners/environment/doctor-report.js";

/** Adds `grader doctor` to the program; exit status 0 when grading can run, 1 when it cannot. */
export function registerDoctorCommand(program: Command): void {
  program
    .command("doctor")
    .description("Check that this machine can grade: Python with numpy ≥ 2, Node, and the sandbox available")
    .action(async () => {
      const report = await collectDoctorReport();
      process.stdout.write(renderDoctorReport(report, { ok: pc.green, missing: pc.red }));
      process.exitCode = report.canGrade ? 0 : 1;
    });
}
