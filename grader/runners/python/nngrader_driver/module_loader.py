"""Loads a .py submission as the module `student_submission`, so `if __name__ == "__main__":` does not run."""

import linecache
import os
import sys
import types

from .errors import plain_error, student_error, syntax_error
from .submission import MODULE_NAME, LoadFailed, Submission


def register_source(filename, source):
    """Lets tracebacks show lines of source that exists only in memory (notebook cells, sent sources)."""
    lines = source.splitlines(keepends=True)
    linecache.cache[filename] = (len(source), None, lines, filename)


def load_module(filename, path, source):
    """Compiles and runs the submission; a SyntaxError, an exception or sys.exit raises LoadFailed."""
    directory = os.path.dirname(path)
    submission = Submission({}, filename, directory)
    register_source(filename, source)
    try:
        code = compile(source, filename, "exec", dont_inherit=True)
    except SyntaxError as error:
        raise LoadFailed(syntax_error(error, "%s, line %s" % (filename, error.lineno), error.lineno)) from None
    except ValueError as error:  # e.g. a NUL byte in the source
        raise LoadFailed(plain_error("SyntaxError", "%s cannot be compiled: %s" % (filename, error))) from None
    module = types.ModuleType(MODULE_NAME)
    module.__file__ = path
    sys.modules[MODULE_NAME] = module
    submission.namespace = module.__dict__
    try:
        exec(code, module.__dict__)
    except SystemExit as error:
        trimmed = student_error(error, submission.is_student_file, filename)
        message = "%s called sys.exit(%r) while being loaded" % (filename, error.code)
        failure = plain_error("SystemExit", message, trimmed["traceback"])
        if "line" in trimmed:
            failure["line"] = trimmed["line"]
        raise LoadFailed(failure) from None
    except BaseException as error:
        raise LoadFailed(student_error(error, submission.is_student_file, filename)) from None
    return submission
