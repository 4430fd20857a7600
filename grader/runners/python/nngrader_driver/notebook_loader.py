"""Loads a notebook's code cells (already free of IPython syntax) as a module, keeping only what grading needs.

A cell that does not parse is skipped with a warning; a function it defined is reported as broken (a load
failure for calls of that function only, unless another cell defines it). Cells are named "cell N", N counting every cell from 1.
"""

import ast
import builtins
import os
import sys
import types

from .errors import student_error, syntax_error
from .module_loader import register_source
from .notebook_filter import defined_names, keep, names_defined_in_text, parse_cell
from .placeholders import bind_placeholders, display_only
from .submission import MODULE_NAME, Submission


def _describe(error):
    return "%s: %s" % (type(error).__name__, str(error).splitlines()[0] if str(error) else "")


class _NotebookLoad:
    def __init__(self, path):
        module = types.ModuleType(MODULE_NAME)
        module.__file__ = path
        module.__dict__["__builtins__"] = builtins
        sys.modules[MODULE_NAME] = module
        self.submission = Submission(module.__dict__, os.path.basename(path), os.path.dirname(path))

    def warn(self, text):
        self.submission.warnings.append(text)

    def mark_broken(self, name, error):
        # As in Jupyter, an earlier good definition survives a later cell that fails.
        if name not in self.submission.namespace:
            self.submission.broken[name] = error

    def syntax(self, cell, error, text):
        where = "cell %d, line %s" % (cell, error.lineno)
        self.warn("%s: %s: %s (skipped)" % (where, type(error).__name__, error.msg))
        for name in names_defined_in_text(text):
            self.mark_broken(name, syntax_error(error, where))

    def run(self, cell, statement, filename):
        namespace = self.submission.namespace
        where = "cell %d, line %d" % (cell, statement.lineno)
        if display_only(statement):
            bind_placeholders(statement, namespace, "plotting and display libraries are not loaded for grading")
            return
        try:
            exec(compile(ast.Module([statement], type_ignores=[]), filename, "exec", dont_inherit=True), namespace)
        except ImportError as error:
            if isinstance(statement, (ast.Import, ast.ImportFrom)):
                bind_placeholders(statement, namespace, "%s (imported in %s)" % (error, where))
                self.warn("%s: %s; using it will fail" % (where, _describe(error)))
                return
            self.failed(statement, where, error)
        except BaseException as error:  # SystemExit included: a kept statement must not end the load
            self.failed(statement, where, error)
        else:
            for name in defined_names(statement):
                self.submission.broken.pop(name, None)

    def failed(self, statement, where, error):
        self.warn("%s: %s (statement skipped)" % (where, _describe(error)))
        for name in defined_names(statement):
            self.mark_broken(name, student_error(error, self.submission.is_student_file, self.submission.main_file))


def load_notebook(path, cells):
    """Runs the kept statements of every code cell, in order, in one namespace."""
    load = _NotebookLoad(path)
    for entry in cells:
        cell, source = entry["cell"], entry["source"]
        filename = "cell %d" % cell
        register_source(filename, source)
        statements, errors = parse_cell(source, filename)
        for error, text in errors:
            load.syntax(cell, error, text)
        for statement in statements:
            if keep(statement):
                load.run(cell, statement, filename)
    return load.submission
