// A relative import of a file that was not submitted (`import { relu } from "./activations"`) becomes a stand-in
// module: importing it is fine, and using any of its exports throws, naming the module, as Python's stand-ins do.
import { existsSync, readFileSync } from "node:fs";
import { basename } from "node:path";

/** Extensions esbuild tries for an import without one, and index files of a folder. */
const TRIED = ["", ".ts", ".tsx", ".mts", ".cts", ".js", ".mjs", ".cjs", ".json", "/index.ts", "/index.js"];

/** True when no file esbuild would try for `resolved` exists. */
export function isMissingLocal(resolved: string): boolean {
  return !TRIED.some((suffix) => existsSync(resolved + suffix));
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

// The names `importer` imports from `specifier`: `import a, { b, c as d } from "spec"` gives default, b, c.
function importedNames(importer: string, specifier: string): string[] {
  let source: string;
  try {
    source = readFileSync(importer, "utf8");
  } catch {
    return [];
  }
  const quoted = specifier.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const clauses = new RegExp(`(?:import|export)\\s+(?:type\\s+)?([^;]*?)\\s+from\\s*["']${quoted}["']`, "g");
  const names = new Set<string>();
  for (const match of source.matchAll(clauses)) {
    const braces = /\{([^}]*)\}/.exec(match[1]);
    for (const item of braces?.[1].split(",") ?? []) {
      const name = item
        .trim()
        .replace(/^type\s+/, "")
        .split(/\s+as\s+/)[0]
        .trim();
      if (IDENTIFIER.test(name) && name !== "default") names.add(name);
    }
  }
  return [...names];
}

/** The stand-in module's source for `specifier`, imported by `importer`. */
export function standInSource(specifier: string, importer: string): string {
  const why = `Cannot find module '${specifier}' imported by ${basename(importer)}: a file beside it that was not submitted`;
  const lines = [
    `const why = ${JSON.stringify(why)};`,
    "function standIn(name) {",
    "  const fail = () => { const e = new Error(name + ' is not available to the grader: ' + why); e.name = 'ModuleNotFoundError'; throw e; };",
    "  return new Proxy(function () {}, { apply: fail, construct: fail, get(_t, p) { if (typeof p === 'symbol' || p === 'then') return undefined; return fail(); } });",
    "}",
    `export default standIn(${JSON.stringify(specifier)});`,
  ];
  for (const name of importedNames(importer, specifier))
    lines.push(`export const ${name} = standIn(${JSON.stringify(`${specifier}.${name}`)});`);
  return lines.join("\n");
}
