// Kills a sandboxed child and everything it started that can still be found: its process group, its session,
// its descendants, and any process carrying the sandbox's marker in its environment.
import { setTimeout as sleep } from "node:timers/promises";
import { environHas, type ProcEntry, readProcTable } from "./proc-table.js";
import { MARKER_VARIABLE } from "./request.js";

/** How to find strays besides the group: the marker given to sandboxCommand, if any. */
export interface KillTreeOptions {
  readonly marker?: string;
}

/** What killTree did: the pids it signalled, and those still alive (not zombies) after the last round. */
export interface KillTreeReport {
  readonly killed: readonly number[];
  readonly survivors: readonly number[];
}

/** Rounds of scan-and-kill; a process forking while it is being killed is caught by a later round. */
const MAX_ROUNDS = 5;
/** Pause between rounds, for the kernel to deliver SIGKILL and reparent orphans. */
const ROUND_PAUSE_MS = 20;

// The grader itself and its ancestors are never targets, whatever the child did to its ids.
function protectedPids(table: readonly ProcEntry[]): Set<number> {
  const byPid = new Map(table.map((entry) => [entry.pid, entry]));
  const safe = new Set([0, 1]);
  for (let pid: number | undefined = process.pid; pid !== undefined && !safe.has(pid); ) {
    safe.add(pid);
    pid = byPid.get(pid)?.ppid;
  }
  return safe;
}

/** The live processes belonging to the child led by `pid`, as seen in one /proc snapshot. */
export function findTree(pid: number, table: readonly ProcEntry[], marker?: string): number[] {
  const safe = protectedPids(table);
  const live = table.filter((entry) => entry.state !== "Z" && !safe.has(entry.pid));
  const needle = marker === undefined ? undefined : `${MARKER_VARIABLE}=${marker}`;
  const found = new Set(
    live
      .filter((e) => e.pid === pid || e.pgrp === pid || e.session === pid)
      .concat(needle === undefined ? [] : live.filter((e) => environHas(e.pid, needle)))
      .map((entry) => entry.pid),
  );
  for (let grew = true; grew; ) {
    grew = false;
    for (const entry of live) {
      if (!found.has(entry.pid) && found.has(entry.ppid)) {
        found.add(entry.pid);
        grew = true;
      }
    }
  }
  return [...found];
}

function signal(pid: number, name: NodeJS.Signals): boolean {
  try {
    process.kill(pid, name);
    return true;
  } catch {
    return false; // gone already, or not ours to signal
  }
}

/** One synchronous round: SIGKILL the group led by `pid` and every process findTree sees (for exit hooks). */
export function killTreeNow(pid: number, options: KillTreeOptions = {}): number[] {
  signal(-pid, "SIGKILL");
  const targets = findTree(pid, readProcTable(), options.marker);
  // Stop first, so that none of them forks a replacement between the kills.
  for (const target of targets) signal(target, "SIGSTOP");
  return targets.filter((target) => signal(target, "SIGKILL"));
}

/**
 * Kills the child started as the leader of process group `pid` (detached spawn), and its strays.
 * With bubblewrap or namespaces, killing the leader ends the child's pid namespace, daemons included. With
 * rlimits only, a process that left the group and session and whose parent already exited is found only by
 * the marker, and not at all if it also cleared its environment.
 */
export async function killTree(pid: number, options: KillTreeOptions = {}): Promise<KillTreeReport> {
  const killed = new Set<number>();
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const fresh = killTreeNow(pid, options).filter((target) => !killed.has(target));
    for (const target of fresh) killed.add(target);
    if (fresh.length === 0) break;
    await sleep(ROUND_PAUSE_MS);
  }
  const survivors = findTree(pid, readProcTable(), options.marker);
  return { killed: [...killed], survivors };
}
