// The "rlimits-only" level (prlimit, and setpriv when root can be dropped): what holds, and the documented gaps.
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lastJson, REPO, runFixture, SYSTEM_PYTHON } from "./support/run-sandboxed.js";

const root = process.getuid?.() === 0;
const SECRET = "planted-secret-value-5be0";
const dropped = { python: SYSTEM_PYTHON } as const;

beforeAll(() => {
  process.env.NN_GRADER_TEST_SECRET = SECRET;
});
afterAll(() => {
  delete process.env.NN_GRADER_TEST_SECRET;
});

describe("rlimits-only: what holds", () => {
  it("runs pyenv's numpy 2.4.6, as root when root cannot be dropped, and says so", async () => {
    const run = await runFixture("rlimits-only", "identity.py");
    expect(lastJson(run).numpy).toBe("2.4.6");
    if (root) expect(run.caveats.join("\n")).toContain("runs as root");
  });

  it.runIf(root)("drops root to uid 65534 when the interpreter is readable by others", async () => {
    const identity = lastJson(await runFixture("rlimits-only", "identity.py", dropped));
    expect(identity.uid).toBe(65534);
    expect(identity.groups).toEqual([]);
  });

  it("gives the child only the request's environment, and fd 3", async () => {
    const env = lastJson(await runFixture("rlimits-only", "identity.py", dropped)).env as Record<
      string,
      string
    >;
    expect(Object.values(env)).not.toContain(SECRET);
    const run = await runFixture("rlimits-only", "fd3.py", dropped);
    expect(JSON.parse(run.fd3.trim())).toMatchObject({ type: "hello" });
  });

  it("stops a memory bomb with MemoryError and a big file at the file-size limit", async () => {
    expect(lastJson(await runFixture("rlimits-only", "memory_bomb.py", dropped)).outcome).toBe("MemoryError");
    const folder = mkdtempSync("/tmp/nn-grader-sandbox-fill-");
    try {
      chmodSync(folder, 0o777);
      const outcome = lastJson(
        await runFixture("rlimits-only", "disk_fill.py", { ...dropped, args: [folder] }),
      );
      expect(outcome.oneFile).toEqual(["EFBIG", 16 * 1024 * 1024]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it.runIf(root)("with root dropped, cannot read root's files nor write outside /tmp", async () => {
    const read = lastJson(
      await runFixture("rlimits-only", "read_paths.py", { ...dropped, args: ["/root/.npmrc"] }),
    );
    expect(read["/root/.npmrc"]).toBe("EACCES");
    const written = lastJson(
      await runFixture("rlimits-only", "write_paths.py", { ...dropped, args: [join(REPO, "x")] }),
    );
    expect(written[join(REPO, "x")]).toBe("EACCES");
  });
});

describe("rlimits-only: documented gaps", () => {
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

  it("the network is open", async () => {
    const port = (server.address() as { port: number }).port;
    const run = await runFixture("rlimits-only", "connect.py", { ...dropped, args: [String(port)] });
    expect(lastJson(run).connect).toBe("connected");
    expect(connections).toBe(1);
    expect(run.caveats).toContain("network is open");
  });
});
