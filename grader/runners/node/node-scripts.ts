// The two scripts a Node submission's children run, each as one self-contained file (from the TypeScript
// sources under vitest/tsx, from dist/ when compiled), built once per process and stored by content hash in a
// folder only the grader's user can write, so a sandboxed child needs to read exactly one file of the grader's.
import { createHash } from "node:crypto";
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { runningFromSource } from "../package-root.js";

/** The driver (serves calls) and the bundler (turns a submission into one ES module). */
export type NodeScript = "driver" | "bundler";

const built = new Map<NodeScript, Promise<string>>();
let folder: string | undefined;

/** Readable by the sandbox's uid, writable by the grader's user only. */
const FOLDER_MODE = 0o755;
const GROUP_OR_OTHERS_WRITE = 0o022;

// `$TMPDIR/nn-grader-scripts-<uid>`, shared by this user's grader processes, used only if it is a real folder
// this user owns that nobody else can write; otherwise (someone made it first) a fresh folder of this process's.
function scriptFolder(): string {
  if (folder !== undefined) return folder;
  const uid = process.getuid?.() ?? -1;
  const shared = join(tmpdir(), `nn-grader-scripts-${uid}`);
  try {
    mkdirSync(shared, { mode: FOLDER_MODE });
  } catch {}
  const stat = lstatSync(shared, { throwIfNoEntry: false });
  const ours = stat?.isDirectory() && stat.uid === uid && (stat.mode & GROUP_OR_OTHERS_WRITE) === 0;
  folder = ours ? shared : mkdtempSync(join(tmpdir(), "nn-grader-scripts-"));
  return folder;
}

// Writes `code` as <script>-<hash>.mjs unless an identical file is there; rename makes it appear whole.
function store(script: NodeScript, code: Uint8Array): string {
  const hash = createHash("sha256").update(code).digest("hex").slice(0, 16);
  const file = join(scriptFolder(), `${script}-${hash}.mjs`);
  if (!existsSync(file) || !readFileSync(file).equals(code)) {
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, code, { mode: 0o644 });
    renameSync(temp, file);
  }
  return file;
}

async function build(script: NodeScript): Promise<string> {
  const esbuild = await import("esbuild");
  const entry = fileURLToPath(new URL(`./${script}.${runningFromSource() ? "ts" : "js"}`, import.meta.url));
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node20",
    write: false,
    sourcemap: "inline",
    logLevel: "silent",
  });
  return store(script, result.outputFiles[0].contents);
}

/** The path of a script to run with node, built on first use. */
export function nodeScriptPath(script: NodeScript): Promise<string> {
  let path = built.get(script);
  if (path === undefined) {
    path = build(script);
    built.set(script, path);
    path.catch(() => built.delete(script));
  }
  return path;
}

/** The file URL of esbuild's JS API, passed to the bundler (which lives outside the package). */
export function esbuildModuleUrl(): string {
  return pathToFileURL(createRequire(import.meta.url).resolve("esbuild")).href;
}

/** esbuild's package folder and its platform binary's, which the bundling child must be able to read. */
export function esbuildReadablePaths(): string[] {
  const require = createRequire(import.meta.url);
  const api = dirname(require.resolve("esbuild/package.json"));
  const platform = `@esbuild/${process.platform}-${process.arch}/package.json`;
  try {
    return [api, dirname(createRequire(join(api, "package.json")).resolve(platform))];
  } catch {
    return [api]; // esbuild then finds its binary some other way (ESBUILD_BINARY_PATH), or reports why not
  }
}
