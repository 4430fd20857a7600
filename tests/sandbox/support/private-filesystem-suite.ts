// What the two levels with a private filesystem (bubblewrap, and namespaces without it) both guarantee, end to
// end with the project's Python (pyenv, numpy 2.4.6): one suite, run by each level's test file.
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { IsolationLevel } from "../../../grader/sandbox/index.js";
import { lastJson, newMarker, REPO, runFixture } from "./run-sandboxed.js";

/** Registers the suite for `level` (call it only where the level works). */
export function privateFilesystemSuite(level: IsolationLevel, secret: string): void {
  let outside: string;

  beforeAll(() => {
    process.env.NN_GRADER_TEST_SECRET = secret;
    outside = mkdtempSync("/var/tmp/nn-grader-sandbox-outside-");
    writeFileSync(join(outside, "hidden-tests.json"), "{}\n");
  });
  afterAll(() => {
    delete process.env.NN_GRADER_TEST_SECRET;
    rmSync(outside, { recursive: true, force: true });
  });

  describe(`${level}: who the child is`, () => {
    it("imports pyenv's numpy 2.4.6 (not Debian's), as uid 65534, with only the request's environment", async () => {
      const identity = lastJson(await runFixture(level, "identity.py", { env: { EXTRA: "given" } }));
      expect(identity.numpy).toBe("2.4.6");
      expect(identity.numpyFile).toMatch(/^\/root\/\.pyenv\/versions\/3\.11\.7\//);
      expect(identity.uid).toBe(65534);
      expect(identity.gid).toBe(65534);
      expect(identity.groups).toEqual([]);
      expect(identity.hostname).toBe("sandbox");
      const env = identity.env as Record<string, string>;
      expect(env.EXTRA).toBe("given");
      expect(Object.values(env)).not.toContain(secret);
      expect(env.NN_GRADER_TEST_secret).toBeUndefined();
      expect(env.HOME).toBeUndefined();
    });

    it("passes fd 3 through the wrappers", async () => {
      const run = await runFixture(level, "fd3.py");
      expect(run.exitCode).toBe(0);
      expect(JSON.parse(run.fd3.trim())).toMatchObject({ type: "hello" });
      expect(run.stdout).toBe("");
    });
  });

  describe(`${level}: what the child can see and touch`, () => {
    it("cannot read the grader's files, root's home, the rubric or a file planted outside the readable set", async () => {
      const paths = [
        join(outside, "hidden-tests.json"),
        outside,
        "/root/.npmrc",
        "/root/.bashrc",
        "/root/.pyenv/version",
        join(REPO, "rubrics", "initialization.yaml"),
        join(REPO, "rubrics"),
        join(REPO, "package.json"),
        "/etc/shadow",
        "/etc/passwd",
        "/home",
      ];
      const outcome = lastJson(await runFixture(level, "read_paths.py", { args: paths }));
      for (const path of paths)
        expect([path, outcome[path]]).toEqual([path, expect.stringMatching(/^(ENOENT|EACCES)$/)]);
    });

    it("can read what it was given: the interpreter's prefix and the fixture folder", async () => {
      const paths = [
        "/root/.pyenv/versions/3.11.7/lib/python3.11/os.py",
        join(REPO, "tests/fixtures/sandbox/fd3.py"),
      ];
      const outcome = lastJson(await runFixture(level, "read_paths.py", { args: paths }));
      expect(outcome).toEqual(Object.fromEntries(paths.map((path) => [path, "ok"])));
    });

    it("sees a file of the host's /tmp that it was given, at its own path, and nothing else of the host's /tmp", async () => {
      const folder = mkdtempSync("/tmp/nn-grader-sandbox-given-");
      try {
        chmodSync(folder, 0o755);
        writeFileSync(join(folder, "driver.mjs"), "export {};\n", { mode: 0o644 });
        writeFileSync(join(folder, "sibling.json"), "{}\n", { mode: 0o644 });
        const paths = [join(folder, "driver.mjs"), join(folder, "sibling.json")];
        const outcome = lastJson(
          await runFixture(level, "read_paths.py", {
            args: paths,
            readable: [join(folder, "driver.mjs")],
          }),
        );
        expect(outcome).toEqual({ [paths[0]]: "ok", [paths[1]]: "ENOENT" });
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    });

    it("can write only in its private /tmp, which the host never sees", async () => {
      const name = `${newMarker("tmp")}.txt`;
      const paths = [
        `/tmp/${name}`,
        "/root/x",
        "/usr/x",
        "/x",
        join(REPO, "tests/fixtures/sandbox/x"),
        join(outside, "x"),
      ];
      const outcome = lastJson(await runFixture(level, "write_paths.py", { args: paths }));
      expect(outcome[`/tmp/${name}`]).toBe("ok");
      for (const path of paths.slice(1))
        expect([path, outcome[path]]).toEqual([path, expect.stringMatching(/^(EROFS|EACCES|ENOENT)$/)]);
      expect(() => writeFileSync(`/tmp/${name}`, "", { flag: "wx" })).not.toThrow();
      rmSync(`/tmp/${name}`);
    });
  });

  describe(`${level}: system calls`, () => {
    it("the seccomp filter refuses mount, a new user namespace and ptrace with EPERM", async () => {
      const run = await runFixture(level, "privileges.py");
      const outcome = lastJson(run);
      expect([outcome.mountTmpfs, outcome.unshareUser, outcome.ptrace]).toEqual([
        "Operation not permitted",
        "Operation not permitted",
        "Operation not permitted",
      ]);
      expect(run.caveats).toEqual([]);
    });
  });

  describe(`${level}: network`, () => {
    let server: Server;
    let connections = 0;
    beforeAll(async () => {
      server = createServer((socket) => {
        connections++;
        socket.destroy();
      });
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it("cannot reach a listener on the host's 127.0.0.1", async () => {
      const port = (server.address() as { port: number }).port;
      const outcome = lastJson(await runFixture(level, "connect.py", { args: [String(port)] }));
      expect(outcome.connect).toMatch(/^(ENETUNREACH|ECONNREFUSED|EHOSTUNREACH)$/);
      expect(connections).toBe(0);
    });
  });

  describe(`${level}: bombs`, () => {
    it("stops a memory bomb with MemoryError below the address-space limit", async () => {
      const outcome = lastJson(await runFixture(level, "memory_bomb.py"));
      expect(outcome.outcome).toBe("MemoryError");
      expect(outcome.allocatedMiB).toBeLessThan(1024);
    });

    it("stops one big file at the file-size limit and many files at the size of the private /tmp", async () => {
      const outcome = lastJson(await runFixture(level, "disk_fill.py", { args: ["/tmp", "--many"] }));
      expect(outcome.oneFile).toEqual(["EFBIG", 16 * 1024 * 1024]);
      const [why, written] = outcome.manyFiles as [string, number];
      expect(why).toBe("ENOSPC");
      expect(written).toBeLessThanOrEqual(64 * 1024 * 1024);
    });
  });
}
