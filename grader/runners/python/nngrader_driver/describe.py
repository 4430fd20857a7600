"""Plain words for a statement the grader did not run: "trains the model", "plots", "defines model"…"""

import ast
import re

# Called names that say what a statement is for, checked in this order.
_PURPOSES = (
    ("runs IPython commands", re.compile(r"^get_ipython$")),
    ("runs the course's tests", re.compile(r"(^test_|_test$|^test$|^run_tests?$)")),
    ("trains the model", re.compile(r"(^model$|train|^fit$|optimi[sz]e)")),
    ("plots", re.compile(r"(plot|^show$|^imshow$|^scatter$|^figure$|^subplots?$|^title$|^xlabel$|^ylabel$|^set_[xy]lim$|^gca$|^hist$|^legend$)")),
    ("loads the data", re.compile(r"^load_")),
    ("prints", re.compile(r"^print$")),
)


def _read(node):
    """Names the statement reads (plt in `plt.rcParams[...] = ...`)."""
    return [current.id for current in ast.walk(node) if isinstance(current, ast.Name)]


def _called(node):
    """Names of what the statement calls."""
    for current in ast.walk(node):
        if isinstance(current, ast.Call):
            func = current.func
            while isinstance(func, ast.Call):
                func = func.func
            if isinstance(func, ast.Name):
                yield func.id
            elif isinstance(func, ast.Attribute):
                yield func.attr


def _first_line(node, limit=40):
    text = ast.unparse(node).splitlines()[0] if ast.unparse(node) else ""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def imported_modules(node):
    """The modules an import statement names."""
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    return ["." * node.level + (node.module or "")]


def describe(node, graded=()):
    """What the statement does, in a few words; None for a docstring or `pass` (nothing to report)."""
    if isinstance(node, ast.Pass) or (isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)):
        return None
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return "defines %s" % node.name
    if isinstance(node, ast.If) and "__name__" in _read(node.test):
        return 'runs its "__main__" block'
    called = list(_called(node))
    tried = [name for name in dict.fromkeys(called) if name in graded]
    if tried:
        return "tries %s" % join_words(tried)
    for words, pattern in _PURPOSES:
        if any(pattern.search(name) for name in called):
            return words
    if "plt" in _read(node):
        return "plots"
    if isinstance(node, (ast.Assign, ast.AnnAssign, ast.AugAssign)):
        targets = node.targets if isinstance(node, ast.Assign) else [node.target]
        names = [n.id for t in targets for n in ast.walk(t) if isinstance(n, ast.Name)]
        if names:
            return "sets %s" % join_words(names)
    return 'runs "%s"' % _first_line(node)


def join_words(items):
    """"a", "a and b", "a, b and c"."""
    items = list(dict.fromkeys(items))
    return items[0] if len(items) == 1 else "%s and %s" % (", ".join(items[:-1]), items[-1])
