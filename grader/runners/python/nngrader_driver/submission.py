"""A loaded submission: its namespace, which source files are the student's, and what it defines."""

import inspect
import os

MODULE_NAME = "student_submission"


class LoadFailed(Exception):
    """The submission cannot be loaded; `error` is the StudentError to report for every call."""

    def __init__(self, error):
        super().__init__(error.get("message"))
        self.error = error


class Submission:
    """What the driver serves calls from."""

    def __init__(self, namespace, main_file, directory, broken=None, warnings=None):
        self.namespace = namespace
        self.main_file = main_file
        self.directory = directory
        self.broken = broken or {}
        self.warnings = warnings or []

    def is_student_file(self, filename):
        """The submission itself, a notebook cell, or a module beside the submission."""
        if filename == self.main_file or filename.startswith("cell "):
            return True
        if filename.startswith("<"):
            return False
        return os.path.dirname(os.path.abspath(filename)) == self.directory

    def lookup(self, name):
        """The callable named `name`, or None."""
        value = self.namespace.get(name)
        return value if callable(value) else None

    def available(self):
        """Names of the functions the submission itself defines, in definition order (for "did you mean")."""
        return [
            name
            for name, value in list(self.namespace.items())
            if inspect.isfunction(value) and value.__module__ == MODULE_NAME and not name.startswith("__")
        ]
