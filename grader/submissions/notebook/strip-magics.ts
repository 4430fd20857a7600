// Removes IPython syntax (magics, shell escapes, help queries) from a code cell, keeping line numbers.

/** Cell magics whose body is Python: only the magic line goes; any other cell magic drops the cell. */
const PYTHON_BODY_CELL_MAGICS = new Set(["time", "timeit", "capture", "prun", "debug"]);

// `%time x`, `!ls`, `files = !ls`, `t = %timeit f()`, `np.random.randn?`: IPython-only lines.
const LINE_MAGIC = /^\s*(?:[A-Za-z_][A-Za-z0-9_, ]*=\s*)?[%!]/;
const HELP_QUERY = /^\s*[A-Za-z_][A-Za-z0-9_.]*\?{1,2}\s*$/;

/** The cell as plain Python, or undefined when a cell magic makes it something else (%%bash, %%html…). */
export function stripMagics(source: string): string | undefined {
  const lines = source.split("\n");
  const first = lines.findIndex((line) => line.trim() !== "");
  if (first >= 0 && lines[first].trimStart().startsWith("%%")) {
    const name = lines[first].trimStart().slice(2).split(/\s/)[0];
    if (!PYTHON_BODY_CELL_MAGICS.has(name)) return undefined;
    lines[first] = "pass";
  }
  // A dropped line becomes `pass` at its own indentation: line numbers and blocks both survive.
  return lines
    .map((line) => {
      if (!LINE_MAGIC.test(line) && !HELP_QUERY.test(line)) return line;
      return `${line.slice(0, line.length - line.trimStart().length)}pass`;
    })
    .join("\n");
}
