// The "namespaces" level (unshare + prlimit, no bubblewrap): what holds, and the documented gaps.
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isolationWorks } from "../../grader/sandbox/index.js";
import { lastJson, REPO, runFixture, SYSTEM_PYTHON } from "./support/run-sandboxed.js";

const available = await isolationWorks("namespaces");
const root = process.getuid?.() === 0;
const SECRET = "planted-secret-value-91c2";
// Debian's Python is readable by everyone, so root is dropped to 65534 before unshare; pyenv's is not.
const dropped = { python: SYSTEM_PYTHON } as const;
let outside: string;

beforeAll(() => {
  process.env.NN_GRADER_TEST_SECRET = SECRET;
  outside = mkdtempSync("/var/tmp/nn-grader-sandbox-outside-");
  writeFileSync(join(outside, "hidden-tests.json"), "{}\n");
});
afterAll(() => {
  delete process.env.NN_GRADER_TEST_SECRET;
  rmSync(outside, { recursive: true, force: true });
});

describe.runIf(available)("namespaces: what holds", () => {
  it("runs pyenv's numpy 2.4.6 (as root when root cannot be dropped, and says so)", async () => {
    const run = await runFixture("namespaces", "identity.py");
    expect(lastJson(run).numpy).toBe("2.4.6");
    if (root) expect(run.caveats.join("\n")).toContain("runs as root");
  });

  it.runIf(root)(
    "drops root to 65534 (shown as root inside its user namespace) when the interpreter allows",
    async () => {
      const run = await runFixture("namespaces", "identity.py", dropped);
      const identity = lastJson(run);
      expect(identity.uid).toBe(0);
      expect(identity.uidMap).toEqual([["0", "65534", "1"]]);
      expect(run.caveats.join("\n")).not.toContain("runs as root");
    },
  );

  it("gives the child only the request's environment, and fd 3", async () => {
    const env = lastJson(await runFixture("namespaces", "identity.py", dropped)).env as Record<
      string,
      string
    >;
    expect(Object.values(env)).not.toContain(SECRET);
    const run = await runFixture("namespaces", "fd3.py", dropped);
    expect(JSON.parse(run.fd3.trim())).toMatchObject({ type: "hello" });
  });

  describe("network", () => {
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
      const outcome = lastJson(
        await runFixture("namespaces", "connect.py", { ...dropped, args: [String(port)] }),
      );
      expect(outcome.connect).toMatch(/^(ENETUNREACH|ECONNREFUSED|EHOSTUNREACH)$/);
      expect(connections).toBe(0);
    });
  });

  it("stops a memory bomb with MemoryError and a big file at the file-size limit", async () => {
    expect(lastJson(await runFixture("namespaces", "memory_bomb.py", dropped)).outcome).toBe("MemoryError");
    const folder = mkdtempSync("/tmp/nn-grader-sandbox-fill-");
    try {
      chmodSync(folder, 0o777); // the dropped uid must be able to write there
      const outcome = lastJson(
        await runFixture("namespaces", "disk_fill.py", { ...dropped, args: [folder] }),
      );
      expect(outcome.oneFile).toEqual(["EFBIG", 16 * 1024 * 1024]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it.runIf(root)(
    "with root dropped, cannot read root's files or a private folder, nor write outside /tmp",
    async () => {
      const unreadable = [join(outside, "hidden-tests.json"), "/root/.npmrc", "/etc/shadow"];
      const read = lastJson(
        await runFixture("namespaces", "read_paths.py", { ...dropped, args: unreadable }),
      );
      for (const path of unreadable) expect([path, read[path]]).toEqual([path, "EACCES"]);
      const unwritable = ["/usr/x", join(REPO, "x"), "/root/x"];
      const written = lastJson(
        await runFixture("namespaces", "write_paths.py", { ...dropped, args: unwritable }),
      );
      for (const path of unwritable) expect([path, written[path]]).toEqual([path, "EACCES"]);
    },
  );
});

describe.runIf(available)("namespaces: documented gaps", () => {
  it("the host's world-readable files are visible (the rubric folder included)", async () => {
    const rubric = join(REPO, "rubrics", "initialization.yaml");
    const run = await runFixture("namespaces", "read_paths.py", { ...dropped, args: [rubric] });
    expect(lastJson(run)[rubric]).toBe("ok");
    expect(run.caveats.join("\n")).toContain("no filesystem isolation");
  });
});
