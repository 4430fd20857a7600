"""Stand-ins for modules a submission imports but the grader does not have (public_tests, testCases, …)."""

# Display-only libraries are never imported for a notebook: plots are not graded, and importing them is slow.
DISPLAY_ONLY = frozenset({"matplotlib", "IPython", "seaborn", "plotly", "ipywidgets", "tqdm"})


class MissingModule:
    """Raises a clear error when used; merely importing it is not a failure."""

    def __init__(self, name, why):
        object.__setattr__(self, "_nngrader_name", name)
        object.__setattr__(self, "_nngrader_why", why)

    def _fail(self, attribute=None):
        name = self._nngrader_name if attribute is None else "%s.%s" % (self._nngrader_name, attribute)
        raise ModuleNotFoundError("%s is not available to the grader: %s" % (name, self._nngrader_why))

    def __getattr__(self, attribute):
        if attribute.startswith("__") and attribute.endswith("__"):
            raise AttributeError(attribute)
        self._fail(attribute)

    def __call__(self, *args, **kwargs):
        self._fail()

    def __repr__(self):
        return "<%s: not available to the grader>" % self._nngrader_name


def bind_placeholders(statement, namespace, why):
    """Binds every name an import statement would have bound (and has not) to a MissingModule."""
    import ast

    bound = []
    if isinstance(statement, ast.Import):
        for alias in statement.names:
            name = alias.asname or alias.name.split(".")[0]
            if name not in namespace:
                namespace[name] = MissingModule(alias.name, why)
                bound.append(name)
    elif isinstance(statement, ast.ImportFrom):
        for alias in statement.names:
            if alias.name == "*":
                continue
            name = alias.asname or alias.name
            if name not in namespace:
                namespace[name] = MissingModule("%s.%s" % (statement.module, alias.name), why)
                bound.append(name)
    return bound


def display_only(statement):
    """True for an import of a plotting or display library."""
    import ast

    if isinstance(statement, ast.Import):
        return all(alias.name.split(".")[0] in DISPLAY_ONLY for alias in statement.names)
    if isinstance(statement, ast.ImportFrom):
        return statement.level == 0 and (statement.module or "").split(".")[0] in DISPLAY_ONLY
    return False
