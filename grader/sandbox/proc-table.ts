// A snapshot of the processes in /proc: the ids killTree needs to find everything a child started.
import { readdirSync, readFileSync } from "node:fs";

/** One process as /proc/<pid>/stat shows it. */
export interface ProcEntry {
  readonly pid: number;
  /** One letter: R running, S sleeping, T stopped, Z zombie (exited, waiting for its parent), … */
  readonly state: string;
  readonly ppid: number;
  readonly pgrp: number;
  readonly session: number;
}

/** Parses /proc/<pid>/stat; the command name (field 2) may hold spaces and parentheses, so fields are taken after the last ")". */
export function parseStat(stat: string): ProcEntry | undefined {
  const close = stat.lastIndexOf(")");
  if (close < 0) return undefined;
  const pid = Number.parseInt(stat, 10);
  // After ")": state, ppid, pgrp, session, …
  const [state, ppid, pgrp, session] = stat.slice(close + 2).split(" ");
  const ids = { pid, ppid: Number(ppid), pgrp: Number(pgrp), session: Number(session) };
  return Object.values(ids).every(Number.isInteger) && state ? { ...ids, state } : undefined;
}

/** Every process visible now; processes that exit while being read are skipped. */
export function readProcTable(): ProcEntry[] {
  const entries: ProcEntry[] = [];
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const entry = parseStat(readFileSync(`/proc/${name}/stat`, "utf8"));
      if (entry !== undefined) entries.push(entry);
    } catch {}
  }
  return entries;
}

/** Whether /proc/<pid>/environ holds `needle` as a whole NAME=value entry (false when unreadable or gone). */
export function environHas(pid: number, needle: string): boolean {
  try {
    return readFileSync(`/proc/${pid}/environ`, "utf8").split("\0").includes(needle);
  } catch {
    return false;
  }
}
