"""A loaded submission: its namespace, its cells, which source files are the student's, and what it defines."""

import inspect
import os

MODULE_NAME = "student_submission"


class LoadFailed(Exception):
    """The submission cannot be loaded; `error` is the StudentError to report for every call."""

    def __init__(self, error):
        super().__init__(error.get("message"))
        self.error = error


class Submission:
    """What the driver serves calls from; `broken` maps a function to the error that keeps it from being graded."""

    def __init__(self, namespace, main_file, directory, cells=()):
        self.namespace = namespace
        self.main_file = main_file
        self.directory = directory
        self.cells = list(cells)
        self._cell_files = {cell.filename for cell in self.cells}
        self.broken = {}
        self.notes = []
        # Runs what a function outside the graded ones needs, on its first call (set by the loader).
        self.extend = lambda name: None
        # Every function the source defines, run or not, in order (for "did you mean").
        self.defined = []

    def is_student_file(self, filename):
        """The submission itself, a notebook cell, or a module beside the submission."""
        if filename == self.main_file or filename in self._cell_files:
            return True
        if filename.startswith("<"):
            return False
        return os.path.dirname(os.path.abspath(filename)) == self.directory

    def locate(self, filename, line):
        """Where `line` of `filename` is, as the student sees it (the cell's label for a notebook)."""
        cells = [cell for cell in self.cells if cell.filename == filename and cell.start <= line]
        if not cells:
            return "%s, line %d" % (os.path.basename(filename), line)
        return cells[-1].where(line)

    def lookup(self, name):
        """The callable named `name`, or None."""
        if name not in self.namespace:
            self.extend(name)
        value = self.namespace.get(name)
        return value if callable(value) else None

    def available(self):
        """Names of the functions the submission itself defines, in definition order (for "did you mean")."""
        ran = [
            name
            for name, value in list(self.namespace.items())
            if inspect.isfunction(value) and value.__module__ == MODULE_NAME and not name.startswith("__")
        ]
        return list(dict.fromkeys(self.defined + ran))
