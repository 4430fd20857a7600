// What the hostile tests watch: planted secrets, files outside the sandbox, a listener, and stray processes.
import { createHash, randomBytes } from "node:crypto";
import { createSocket, type Socket as UdpSocket } from "node:dgram";
import { lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { join } from "node:path";

/** The port the catalogue's network submissions try (hard-coded there: a submission gets no variables). */
export const LISTENER_PORT = 47913;
/** The files the catalogue's secret readers look for, and the variable the grader's own process holds. */
export const PLANTED_FILES = [
  "/tmp/nn-grader-planted-secret.txt",
  "/var/tmp/nn-grader-planted-secret.txt",
  "/root/.nn-grader-planted-secret",
] as const;
export const PLANTED_VARIABLE = "NN_GRADER_PLANTED_SECRET";

/** A random token unique to this run. */
export function token(label: string): string {
  return `${label}-${randomBytes(12).toString("hex")}`;
}

/** Planted secrets: a file at each planted path (one token each) and a variable in this process's environment. */
export interface Planted {
  readonly secrets: readonly string[];
  remove(): void;
}

// Secrets planted by this process (several test files may plant: each file's own token).
export function plantSecrets(): Planted {
  const secrets = PLANTED_FILES.map((path) => {
    const secret = token("planted-file-secret");
    writeFileSync(path, `${secret}\n`, { mode: 0o644 });
    return secret;
  });
  const variable = token("planted-variable-secret");
  process.env[PLANTED_VARIABLE] = variable;
  return {
    secrets: [...secrets, variable],
    remove() {
      for (const path of PLANTED_FILES) rmSync(path, { force: true });
      delete process.env[PLANTED_VARIABLE];
    },
  };
}

/** Files and folders under some roots, each with its kind, size, mtime and content hash. */
export type Snapshot = Map<string, string>;

function describe(path: string): string {
  const stat = lstatSync(path);
  if (stat.isDirectory()) return `dir ${stat.mode.toString(8)}`;
  if (!stat.isFile()) return `other ${stat.mode.toString(8)} ${stat.mtimeMs}`;
  const hash = createHash("sha256").update(readFileSync(path)).digest("hex");
  return `file ${stat.mode.toString(8)} ${stat.size} ${stat.mtimeMs} ${hash}`;
}

// Walks `roots` (files or folders) and describes everything in them.
export function snapshot(roots: readonly string[]): Snapshot {
  const seen: Snapshot = new Map();
  const walk = (path: string): void => {
    seen.set(path, describe(path));
    if (lstatSync(path).isDirectory()) for (const name of readdirSync(path)) walk(join(path, name));
  };
  for (const root of roots) walk(root);
  return seen;
}

/** Paths that appeared, disappeared or changed between two snapshots. */
export function changes(before: Snapshot, after: Snapshot): string[] {
  const paths = new Set([...before.keys(), ...after.keys()]);
  return [...paths].filter((path) => before.get(path) !== after.get(path)).sort();
}

/** A temporary "home" folder with a few files, standing for everything of the host a submission might touch. */
export function fakeHome(): { folder: string; remove(): void } {
  const folder = mkdtempSync("/tmp/nn-grader-hostile-home-");
  writeFileSync(join(folder, ".bashrc"), "export PS1='$ '\n");
  writeFileSync(join(folder, "grades.csv"), "student,total\nalice,38\n");
  return { folder, remove: () => rmSync(folder, { recursive: true, force: true }) };
}

/** A TCP listener and a UDP socket on 127.0.0.1:LISTENER_PORT that record whatever reaches them. */
export interface Listener {
  readonly received: string[];
  close(): Promise<void>;
}

// Opens both; fails the test (rejects) when the port is taken.
export async function listen(): Promise<Listener> {
  const received: string[] = [];
  const tcp: Server = createServer((socket) => {
    received.push("tcp connection");
    socket.on("data", (data) => received.push(`tcp data: ${String(data)}`));
    socket.on("error", () => {});
  });
  await new Promise<void>((resolve, reject) => {
    tcp.once("error", reject);
    tcp.listen(LISTENER_PORT, "127.0.0.1", () => resolve());
  });
  const udp: UdpSocket = createSocket("udp4");
  udp.on("message", (data) => received.push(`udp datagram: ${String(data)}`));
  await new Promise<void>((resolve) => udp.bind(LISTENER_PORT, "127.0.0.1", () => resolve()));
  return {
    received,
    close: async () => {
      await new Promise<void>((resolve) => tcp.close(() => resolve()));
      await new Promise<void>((resolve) => udp.close(() => resolve()));
    },
  };
}

/** Live (not zombie) processes whose environment or command line contains `marker`. */
export function processesWith(marker: string): number[] {
  const found: number[] = [];
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name) || Number(name) === process.pid) continue;
    try {
      const state = readFileSync(`/proc/${name}/stat`, "utf8").split(") ")[1]?.[0];
      if (state === "Z") continue;
      const seen = ["environ", "cmdline"].some((part) =>
        readFileSync(`/proc/${name}/${part}`, "latin1").includes(marker),
      );
      if (seen) found.push(Number(name));
    } catch {}
  }
  return found;
}

/** Waits until `check()` holds, for at most `ms`; returns whether it held. */
export async function eventually(check: () => boolean, ms: number): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; ) {
    if (check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return check();
}
