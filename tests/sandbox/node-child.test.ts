// A Node child (node -e) under each level, with NODE_LIMITS and the V8 heap cap.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  type IsolationLevel,
  isolationWorks,
  NODE_HEAP_FLAG,
  NODE_LIMITS,
  nodeReadablePaths,
} from "../../grader/sandbox/index.js";
import { CHILD_ENV, lastJson, REPO, runCommand } from "./support/run-sandboxed.js";

const RUBRIC = join(REPO, "rubrics", "initialization.yaml");

/** Prints uid, what reading the rubric gave, and the environment; writes a line on fd 3. */
const IDENTITY = `
const fs = require("node:fs");
let rubric = "ok";
try { fs.readFileSync(${JSON.stringify(RUBRIC)}); } catch (error) { rubric = error.code; }
fs.writeSync(3, JSON.stringify({ type: "hello" }) + "\\n");
console.log(JSON.stringify({ uid: process.getuid(), rubric, env: process.env }));
`;

/** Allocates 256 MiB typed arrays until V8 refuses; prints what stopped it. */
const ARRAY_BOMB = `
const blocks = [];
let outcome = "unbounded";
try { for (;;) blocks.push(new Float64Array(32 * 1024 * 1024)); }
catch (error) { outcome = error.constructor.name; }
console.log(JSON.stringify({ outcome, allocatedMiB: blocks.length * 256 }));
`;

const node = (script: string) => [process.execPath, NODE_HEAP_FLAG, "-e", script];
const run = (level: IsolationLevel, script: string) =>
  runCommand(level, node(script), { readable: nodeReadablePaths(), limits: NODE_LIMITS, env: CHILD_ENV });

describe.runIf(await isolationWorks("bubblewrap"))("node under bubblewrap", () => {
  it("starts within NODE_LIMITS as uid 65534, cannot read the rubric, sees only its env, writes fd 3", async () => {
    const result = await run("bubblewrap", IDENTITY);
    expect(result.exitCode, result.stderr).toBe(0);
    const identity = lastJson(result);
    expect(identity.uid).toBe(65534);
    expect(identity.rubric).toBe("ENOENT");
    // bwrap itself sets PWD to the --chdir folder; nothing else is added
    expect(identity.env).toEqual({ ...CHILD_ENV, PWD: "/tmp" });
    expect(JSON.parse(result.fd3.trim())).toEqual({ type: "hello" });
  });

  it("ends a typed-array memory bomb with a RangeError below the address-space limit", async () => {
    const outcome = lastJson(await run("bubblewrap", ARRAY_BOMB));
    expect(outcome.outcome).toBe("RangeError");
    expect(outcome.allocatedMiB).toBeLessThan(NODE_LIMITS.addressSpaceBytes / 2 ** 20);
  });
});

describe.each(["namespaces", "rlimits-only"] as const)("node under %s", (level) => {
  it("starts within NODE_LIMITS, sees only its env, writes fd 3", async () => {
    if (level === "namespaces" && !(await isolationWorks(level))) return;
    const result = await run(level, IDENTITY);
    expect(result.exitCode, result.stderr).toBe(0);
    // Like bwrap, the namespaces level's setup shell sets PWD to the folder it starts the child in.
    const extra = level === "namespaces" ? { PWD: "/tmp" } : {};
    expect(lastJson(result).env).toEqual({ ...CHILD_ENV, ...extra });
    if (level === "namespaces") expect(lastJson(result).rubric).toBe("ENOENT");
    expect(JSON.parse(result.fd3.trim())).toEqual({ type: "hello" });
  });
});
