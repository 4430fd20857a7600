"""A submission as Jupyter sees it: a sequence of code cells, each with the name Jupyter shows for it.

A notebook's cells come from the grader (with their labels); a .py file is split at nbconvert's `# In[7]:`
markers (a file without markers is one cell). IPython-only lines (magics, shell escapes) in a cell that does
not parse as it stands are blanked to `pass`, keeping every line number.
"""

import re

_MARKER = re.compile(r"^# In\[\s*(\d*)\s*\]:\s*$")
_LINE_MAGIC = re.compile(r"^(\s*)(?:[A-Za-z_][A-Za-z0-9_, ]*=\s*)?[%!]")
_HELP_QUERY = re.compile(r"^(\s*)[A-Za-z_][A-Za-z0-9_.]*\?{1,2}\s*$")
FIRST_LINE_CAP = 40


class Cell:
    """One cell: its label ("In [7]", "code cell 4", or "" for a .py without markers), the file name its code
    is compiled under, its source padded so that line numbers are the file's (a .py) or the cell's (a notebook)."""

    def __init__(self, label, filename, source, first_line, in_file, start=1):
        self.label = label
        self.start = start
        self.filename = filename
        self.source = source
        self.first_line = first_line
        self.in_file = in_file

    def where(self, line=None):
        """The location as the student sees it: 'cell In [7] ("def f(x):"), line 3', or "f.py, line 27"."""
        if not self.label:
            return self.filename if line is None else "%s, line %d" % (self.filename, line)
        text = self.first_line if len(self.first_line) <= FIRST_LINE_CAP else self.first_line[: FIRST_LINE_CAP - 1] + "…"
        name = "cell " + self.label if self.label.startswith("In [") else self.label
        shown = '%s ("%s")' % (name, text) if text else name
        return shown if line is None else "%s, line %d" % (shown, line)


def _first_line(source):
    for line in source.splitlines():
        if line.strip() and line.strip() != "pass":
            return line.strip()
    return ""


def script_cells(filename, source):
    """The cells of a .py file; code is compiled under the file's name, with the file's line numbers."""
    lines = source.splitlines(keepends=True)
    marks = [(index, match.group(1)) for index, line in enumerate(lines) for match in [_MARKER.match(line)] if match]
    if not marks:
        return [Cell("", filename, source, _first_line(source), True)]
    cells = []
    bounds = [(0, None)] + marks
    for number, (start, count) in enumerate(bounds):
        end = bounds[number + 1][0] if number + 1 < len(bounds) else len(lines)
        body = "".join(lines[start:end])
        if start == 0 and count is None and not body.strip():
            continue
        label = "In [%s]" % count if count else ("code cell %d" % number if count is not None else "")
        shown = "".join(lines[start + 1 : end]) if count is not None else body
        cells.append(Cell(label, filename, "\n" * start + body, _first_line(shown), True, start + 1))
    return cells


def notebook_cells(entries):
    """The cells of a notebook as the grader sent them; each cell's code is compiled under its own label."""
    cells = []
    for entry in entries:
        label = entry.get("label") or "cell %d" % entry["cell"]
        cells.append(Cell(label, label, entry["source"], _first_line(entry["source"]), False))
    return cells


def without_magics(source):
    """The source with IPython-only lines replaced by `pass` at their own indentation."""
    out = []
    for line in source.split("\n"):
        match = _LINE_MAGIC.match(line) or _HELP_QUERY.match(line)
        out.append(match.group(1) + "pass" if match else line)
    return "\n".join(out)
