// Fork bombs and daemons at every level, in one file so they run one after another: RLIMIT_NPROC of the
// dropped uid also counts host-wide, and bombs from parallel test files would starve each other.
import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { type IsolationLevel, isolationWorks, killTree, SANDBOX_UID } from "../../grader/sandbox/index.js";
import {
  newMarker,
  PYENV_PYTHON,
  processesWithMarker,
  runFixture,
  SYSTEM_PYTHON,
  TEST_LIMITS,
  waitUntil,
  zombiesOf,
} from "./support/run-sandboxed.js";

const root = process.getuid?.() === 0;

/**
 * Per level: the Python to run (the levels without bubblewrap drop root only for an interpreter everyone can
 * read) and how many marked processes are not Python (bwrap and its pid 1; unshare and the setup shell that stays pid 1).
 */
const LEVELS: ReadonlyArray<{ level: IsolationLevel; python: string; wrappers: number; usable: boolean }> = [
  { level: "bubblewrap", python: PYENV_PYTHON, wrappers: 2, usable: await isolationWorks("bubblewrap") },
  { level: "namespaces", python: SYSTEM_PYTHON, wrappers: 2, usable: await isolationWorks("namespaces") },
  { level: "rlimits-only", python: SYSTEM_PYTHON, wrappers: 0, usable: true },
];

/** How long a fixture may take to start under load before the test gives up waiting for it. */
const STARTUP_WAIT_MS = 15_000;
/** How long the bomb is watched once it forks, sampling /proc. */
const BOMB_WATCH_MS = 1500;
const SAMPLE_EVERY_MS = 100;
/** The safety net: every run is killed by then even if a test's own kill never happens. */
const SAFETY_KILL_MS = 30_000;
const GONE_WAIT_MS = 2000;
const ZOMBIE_WAIT_MS = 10_000;

const marked = (marker: string) => processesWithMarker(marker).length;

describe.each(LEVELS)("$level: processes", ({ level, python, wrappers, usable }) => {
  // As root without a dropped uid, RLIMIT_NPROC does not apply: a real fork bomb would hit the host.
  it.runIf(usable && root)(
    "contains a fork bomb to the process limit, and nothing of it survives the kill",
    async () => {
      const marker = newMarker(`${level}-fork`);
      let most = 0;
      const run = await runFixture(level, "fork_bomb.py", {
        python,
        args: [marker],
        marker,
        killAfterMs: SAFETY_KILL_MS,
        whileRunning: async (pid) => {
          await waitUntil(() => marked(marker) - wrappers > 1, STARTUP_WAIT_MS);
          for (let watched = 0; watched < BOMB_WATCH_MS; watched += SAMPLE_EVERY_MS) {
            most = Math.max(most, marked(marker) - wrappers);
            await sleep(SAMPLE_EVERY_MS);
          }
          await killTree(pid, { marker });
        },
      });
      expect(run.stdout).toContain("started");
      expect(most).toBeGreaterThan(1);
      expect(most).toBeLessThanOrEqual(TEST_LIMITS.processes);
      expect(await waitUntil(() => marked(marker) === 0, GONE_WAIT_MS)).toBe(true);
      // Without a pid namespace the killed bomb is reaped by the host's init, and its zombies count against the
      // uid's process limit until then: wait, so that the next test can fork.
      await waitUntil(() => zombiesOf(SANDBOX_UID).length === 0, ZOMBIE_WAIT_MS);
    },
  );

  it.runIf(usable)("kills a double-forked, setsid daemon along with the child", async () => {
    const marker = newMarker(`${level}-daemon`);
    let seen = 0;
    const run = await runFixture(level, "daemon.py", {
      python,
      args: [marker],
      marker,
      killAfterMs: SAFETY_KILL_MS,
      whileRunning: async (pid, stdout) => {
        await waitUntil(() => stdout().includes("daemon "), STARTUP_WAIT_MS);
        seen = marked(marker);
        await killTree(pid, { marker });
      },
    });
    // The main script and its daemon (the middle process exits at once).
    expect(seen, `${run.stdout}\n${run.stderr}`).toBe(wrappers + 2);
    expect(await waitUntil(() => marked(marker) === 0, GONE_WAIT_MS)).toBe(true);
  });
});

describe.each(LEVELS.slice(0, 2))("$level: the wrapper's death", ({ level, python, wrappers, usable }) => {
  it.runIf(usable)(
    "SIGKILL of the wrapper's pid alone ends the whole pid namespace, daemon included",
    async () => {
      const marker = newMarker(`${level}-leader`);
      let seen = 0;
      await runFixture(level, "daemon.py", {
        python,
        args: [marker],
        killAfterMs: SAFETY_KILL_MS,
        whileRunning: async (pid, stdout) => {
          await waitUntil(() => stdout().includes("daemon "), STARTUP_WAIT_MS);
          seen = marked(marker);
          process.kill(pid, "SIGKILL");
        },
      });
      expect(seen).toBe(wrappers + 2);
      expect(await waitUntil(() => marked(marker) === 0, GONE_WAIT_MS)).toBe(true);
    },
  );
});

describe("rlimits-only: documented gap", () => {
  it("a daemon outlives the kill when the sandbox had no marker to find it by", async () => {
    await waitUntil(() => zombiesOf(SANDBOX_UID).length === 0, ZOMBIE_WAIT_MS);
    const marker = newMarker("rlimits-escape");
    await runFixture("rlimits-only", "daemon.py", {
      python: SYSTEM_PYTHON,
      args: [marker],
      killAfterMs: SAFETY_KILL_MS,
      whileRunning: async (pid, stdout) => {
        await waitUntil(() => stdout().includes("daemon "), STARTUP_WAIT_MS);
        await killTree(pid);
      },
    });
    const strays = processesWithMarker(marker);
    try {
      expect(strays.length).toBe(1);
    } finally {
      for (const pid of strays) process.kill(pid, "SIGKILL");
    }
  });
});
