// The "namespaces" level (no bubblewrap: unshare, a setup script that builds the private root, prlimit): the
// same private filesystem, identity, network and limits as bubblewrap, end to end.
import { expect, it } from "vitest";
import { isolationWorks } from "../../grader/sandbox/index.js";
import { privateFilesystemSuite } from "./support/private-filesystem-suite.js";
import { lastJson, runFixture } from "./support/run-sandboxed.js";

const available = await isolationWorks("namespaces");

if (available) {
  privateFilesystemSuite("namespaces", "planted-secret-value-91c2");

  it("runs with no capabilities and no new privileges, and cannot mount or unshare again", async () => {
    const run = await runFixture("namespaces", "privileges.py");
    const outcome = lastJson(run);
    expect(outcome.capEff).toBe("0000000000000000");
    expect(outcome.noNewPrivs).toBe("1");
    expect(outcome.mountTmpfs).not.toBe("ok");
    expect(run.caveats).toEqual([]);
  });
}

it.skipIf(available)("user namespaces are not usable here: the namespaces tests are skipped", () => {
  expect(available).toBe(false);
});
