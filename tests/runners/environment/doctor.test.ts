// `grader doctor`: the probes on this machine, and the rendering of a report.
import { describe, expect, it } from "vitest";
import { nodeItem, renderDoctorReport } from "../../../grader/runners/environment/doctor-report.js";
import { probeIsolation } from "../../../grader/runners/environment/probe-isolation.js";
import { probePython } from "../../../grader/runners/environment/probe-python.js";

describe("doctor probes", () => {
  it("finds the real Python behind python3 and numpy ≥ 2", async () => {
    const [python, numpy] = await probePython();
    expect(python.status).toBe("ok");
    expect(python.detail).toMatch(/^\/\S+ \(Python 3\.\d+\.\d+\)/);
    expect(python.detail).not.toMatch(/^\S*shims/);
    expect(numpy).toMatchObject({ name: "numpy", status: "ok" });
    expect(Number.parseInt(numpy.detail, 10)).toBeGreaterThanOrEqual(2);
  });

  it("names the isolation in force", async () => {
    const { item, kind } = await probeIsolation();
    expect(["bubblewrap", "unshare", "rlimits"]).toContain(kind);
    expect(item.status).toBe(kind === "bubblewrap" ? "ok" : "missing");
  });

  it("checks the Node version against the supported minimum", () => {
    expect(nodeItem("v20.5.0").status).toBe("ok");
    expect(nodeItem("v18.19.0")).toEqual({
      name: "node",
      status: "missing",
      detail: "v18.19.0 is too old: need ≥ 20.5",
      fix: "install Node 20.5 or later",
    });
  });
});

describe("renderDoctorReport", () => {
  it("prints one line per item, a fix under each missing one, and the verdict", () => {
    const text = renderDoctorReport({
      canGrade: true,
      items: [
        { name: "python", status: "ok", detail: "/usr/bin/python3.11 (Python 3.11.7)" },
        {
          name: "isolation",
          status: "missing",
          detail: "bubblewrap: not installed; in force: rlimits only",
          fix: "install bubblewrap: sudo apt-get install bubblewrap",
        },
      ],
    });
    expect(text).toBe(
      [
        "ok       python     /usr/bin/python3.11 (Python 3.11.7)",
        "missing  isolation  bubblewrap: not installed; in force: rlimits only",
        "                    fix: install bubblewrap: sudo apt-get install bubblewrap",
        "grading can run here",
        "",
      ].join("\n"),
    );
  });
});
