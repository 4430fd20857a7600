// Collects the doctor report (data) and renders it (text), apart, so the rendering is tested without probing.
import type { DoctorItem, DoctorReport } from "./doctor-item.js";
import { probeIsolation } from "./probe-isolation.js";
import { probePython } from "./probe-python.js";

/** Oldest Node the package supports (package.json engines). */
const MIN_NODE: readonly [number, number] = [20, 5];

/** The node line: this process's version against the supported minimum. */
export function nodeItem(version: string = process.version): DoctorItem {
  const [major, minor] = version.replace(/^v/, "").split(".").map(Number);
  const ok = major > MIN_NODE[0] || (major === MIN_NODE[0] && minor >= MIN_NODE[1]);
  return ok
    ? { name: "node", status: "ok", detail: version }
    : {
        name: "node",
        status: "missing",
        detail: `${version} is too old: need ≥ ${MIN_NODE.join(".")}`,
        fix: "install Node 20.5 or later",
      };
}

/** Probes everything the runners need; grading can run when Python imports numpy ≥ 2. */
export async function collectDoctorReport(): Promise<DoctorReport> {
  const [[python, numpy], isolation] = await Promise.all([probePython(), probeIsolation()]);
  const items = [python, numpy, nodeItem(), isolation.item];
  return { items, canGrade: python.status === "ok" && numpy.status === "ok" };
}

/** Colour functions for the two statuses; identity functions give plain text. */
export interface DoctorColors {
  readonly ok: (text: string) => string;
  readonly missing: (text: string) => string;
}

const PLAIN: DoctorColors = { ok: (t) => t, missing: (t) => t };

/** One line per item ("ok       python     …"), a "fix:" line under each missing one, and a verdict. */
export function renderDoctorReport(report: DoctorReport, colors: DoctorColors = PLAIN): string {
  const width = Math.max(...report.items.map((item) => item.name.length));
  const lines: string[] = [];
  for (const item of report.items) {
    const status = item.status === "ok" ? colors.ok("ok     ") : colors.missing("missing");
    lines.push(`${status}  ${item.name.padEnd(width)}  ${item.detail}`);
    if (item.status === "missing" && item.fix !== undefined)
      lines.push(`${" ".repeat(9 + width + 2)}fix: ${item.fix}`);
  }
  lines.push(
    report.canGrade ? "grading can run here" : "grading cannot run here: Python with numpy ≥ 2 is required",
  );
  return `${lines.join("\n")}\n`;
}
