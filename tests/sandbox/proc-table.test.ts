// Parsing /proc/<pid>/stat, and finding a child's processes in a snapshot.
import { describe, expect, it } from "vitest";
import { findTree } from "../../grader/sandbox/kill-tree.js";
import { type ProcEntry, parseStat, readProcTable } from "../../grader/sandbox/proc-table.js";

describe("parseStat", () => {
  it("reads state, ppid, process group and session after the command name", () => {
    expect(parseStat("4242 (python3) S 4241 4240 4240 0 -1 4194560 1 2 3")).toEqual({
      pid: 4242,
      state: "S",
      ppid: 4241,
      pgrp: 4240,
      session: 4240,
    });
  });

  it("copes with spaces and parentheses in the command name (it is chosen by the process)", () => {
    expect(parseStat("77 (evil) S 1 2 3) R 70 71 72 0")).toMatchObject({
      pid: 77,
      ppid: 70,
      pgrp: 71,
      session: 72,
    });
  });

  it("refuses a line without a command name", () => {
    expect(parseStat("garbage")).toBeUndefined();
  });
});

describe("findTree", () => {
  const entry = (pid: number, ppid: number, pgrp: number, session: number, state = "S"): ProcEntry => ({
    pid,
    ppid,
    pgrp,
    session,
    state,
  });

  it("takes the leader, its group, its session and their descendants, but no zombie and not the grader", () => {
    const table = [
      entry(process.pid, 1, process.pid, process.pid),
      entry(100, process.pid, 100, 100), // the child, leader of its group and session
      entry(101, 100, 100, 100),
      entry(102, 1, 102, 102), // a daemon that left the session, found by ancestry only if its parent lives
      entry(103, 101, 103, 103), // left group and session, but its parent is ours
      entry(104, 103, 103, 103),
      entry(105, 100, 100, 100, "Z"),
      entry(200, 1, 200, 200), // unrelated
    ];
    expect(findTree(100, table).sort()).toEqual([100, 101, 103, 104]);
  });

  it("never lists the process running it, even inside the child's group", () => {
    expect(findTree(process.pid, readProcTable())).not.toContain(process.pid);
  });
});
