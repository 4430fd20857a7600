"""Loads a submission (a notebook's cells or a .py file's) the way Jupyter would run it top to bottom, but runs
only the program slice the graded functions need; every statement left out, every stand-in and every failure
becomes a note for the student (sent to the grader, never printed under their output)."""

import ast
import builtins
import linecache
import os
import re
import sys
import types

from .cells import without_magics
from .describe import join_words
from .errors import plain_error, student_error, syntax_error
from .load_notes import not_run_notes, note, replaced_definitions
from .placeholders import bind_placeholders, display_only
from .slicer import Slice
from .submission import MODULE_NAME, LoadFailed, Submission
from .symbols import Statement

_DEFINES = re.compile(r"^(?:async\s+def|def|class)\s+([A-Za-z_]\w*)", re.MULTILINE)


def register_source(filename, source):
    """Lets tracebacks show lines of source that exists only in memory (notebook cells, sent sources)."""
    linecache.cache[filename] = (len(source), None, source.splitlines(keepends=True), filename)


def _first_error_line(error):
    text = str(error)
    return "%s: %s" % (type(error).__name__, text.splitlines()[0]) if text else type(error).__name__


class _Load:
    """One load in progress: the module being filled, and the notes said so far."""

    def __init__(self, path, main_file, cells):
        module = types.ModuleType(MODULE_NAME)
        module.__file__ = path
        module.__dict__["__builtins__"] = builtins
        sys.modules[MODULE_NAME] = module
        self.submission = Submission(module.__dict__, main_file, os.path.dirname(path), cells)
        self.notes = self.submission.notes

    def parse(self, cell):
        """The cell's statements; a cell that does not parse runs nothing, as in Jupyter (said in a note)."""
        try:
            return ast.parse(cell.source, cell.filename).body
        except (SyntaxError, ValueError) as first:
            try:
                return ast.parse(without_magics(cell.source), cell.filename).body
            except (SyntaxError, ValueError):
                pass
            error = first if isinstance(first, SyntaxError) else SyntaxError(str(first), (cell.filename, 1, 0, ""))
        where = cell.where(error.lineno)
        names = _DEFINES.findall(cell.source)
        lost = "; nothing in it ran" + (" (it defines %s)" % join_words(names) if names else "")
        # A .py without cells that does not parse is the whole file: its functions' load error says it all.
        if cell.label or not names:
            self.notes.append(note("syntax-error", "%s: %s: %s%s" % (where, type(error).__name__, error.msg, lost), where))
        for name in names:
            self.submission.broken.setdefault(name, syntax_error(error, where, error.lineno if cell.in_file else None))
        return []

    def run(self, statement, needed_by):
        """Runs one statement of the slice; a missing module becomes a stand-in, a failure breaks who needs it."""
        cell, node = statement.cell, statement.node
        where = cell.where(node.lineno)
        namespace = self.submission.namespace
        if display_only(node):
            for name in bind_placeholders(node, namespace, "plotting and display libraries are not loaded for grading"):
                self.notes.append(note("stand-in", "%s: %s is not loaded for grading (plots are not graded); a graded function that uses it fails" % (where, name), where))
            return
        try:
            exec(compile(ast.Module([node], type_ignores=[]), cell.filename, "exec", dont_inherit=True), namespace)
        except ImportError as error:
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                bind_placeholders(node, namespace, "%s (imported in %s)" % (error, where))
                users = "%s fails where it uses it" if len(needed_by) == 1 else "%s fail where they use it"
                self.notes.append(note("stand-in", "%s: %s; a stand-in takes its place, and %s" % (where, error, users % join_words(needed_by)), where))
                return
            self.failed(statement, where, error, needed_by)
        except SystemExit as error:
            trimmed = student_error(error, self.submission.is_student_file, self.submission.main_file)
            message = "%s called sys.exit(%r) while being loaded" % (self.submission.main_file, error.code)
            failure = plain_error("SystemExit", message, trimmed["traceback"])
            if "line" in trimmed:
                failure["line"] = trimmed["line"]
            raise LoadFailed(failure) from None
        except BaseException as error:
            self.failed(statement, where, error, needed_by)

    def failed(self, statement, where, error, needed_by):
        functions = join_words(needed_by)
        self.notes.append(note("failed", "%s: %s; %s %s it, so %s cannot be graded" % (
            where, _first_error_line(error), functions, "needs" if len(needed_by) == 1 else "need", "it" if len(needed_by) == 1 else "they"), where))
        failure = student_error(error, self.submission.is_student_file, self.submission.main_file)
        failure["message"] = "%s (%s, which %s needs)" % (failure["message"], where, functions)
        for name in needed_by:
            self.submission.broken.setdefault(name, failure)


def load_program(path, main_file, cells, graded):
    """Runs the slice of `cells` that the `graded` functions need (every function defined, when None)."""
    load = _Load(path, main_file, cells)
    for cell in cells:
        if not cell.in_file:
            register_source(cell.filename, cell.source)
    statements = []
    for cell in cells:
        for node in load.parse(cell):
            statements.append(Statement(len(statements), cell, node))
    for name in [name for s in statements for name in s.binds]:
        load.submission.broken.pop(name, None)  # a definition elsewhere survives a cell that did not parse
    defined = [s.node.name for s in statements if isinstance(s.node, (ast.FunctionDef, ast.AsyncFunctionDef))]
    load.submission.defined = [name for name in dict.fromkeys(defined) if not name.startswith("__")]
    if graded is None:
        graded = list(dict.fromkeys(defined))
    # A function whose only definition did not parse stays broken: nothing else may stand in for it.
    plan = Slice(statements, [name for name in graded if name not in load.submission.broken])
    for index in plan.kept:
        load.run(statements[index], plan.needed_by[index])
    dropped = [s for s in statements if s.index not in plan.needed_by]
    load.notes.extend(not_run_notes(dropped, graded, replaced_definitions(statements, plan)))
    done = set(plan.kept)

    def extend(name):
        # A call of a function that is not graded (a test of the runner itself): run what it needs, once.
        extra = Slice(statements, [name])
        for index in extra.kept:
            if index not in done:
                done.add(index)
                load.run(statements[index], [name])

    load.submission.extend = extend
    return load.submission
