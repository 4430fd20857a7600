"""What one top-level statement binds and which global names it reads, now or later (from Python's symtable).

Names read now are those its execution evaluates (an assignment's value, a decorator, a default, a class
body, a comprehension); names read later are the globals of the functions and lambdas it defines, looked up
when they are called, so they resolve to the last definition in the submission, as in Jupyter run top to bottom.
"""

import ast
import builtins
import symtable

BUILTINS = frozenset(dir(builtins)) | {"__name__", "__file__", "__builtins__", "__doc__"}
_COMPOUND = (ast.If, ast.Try, ast.For, ast.AsyncFor, ast.While, ast.With, ast.AsyncWith, ast.Match)
_IMMEDIATE_SCOPES = ("listcomp", "setcomp", "dictcomp", "genexpr")
if hasattr(ast, "TryStar"):
    _COMPOUND += (ast.TryStar,)


class Statement:
    """A top-level statement with its cell, its names, and whether its bindings may not happen (if, try, for…)."""

    def __init__(self, index, cell, node):
        self.index = index
        self.cell = cell
        self.node = node
        self.binds, self.reads_now, self.reads_later = _names(node)
        self.mutates = _mutated(node)
        self.conditional = isinstance(node, _COMPOUND)
        self.star = any(isinstance(n, ast.ImportFrom) and any(a.name == "*" for a in n.names) for n in _shallow(node))


def _shallow(node):
    """The node and every node inside it but outside function, lambda and class bodies."""
    stack = [node]
    while stack:
        current = stack.pop()
        yield current
        for child in ast.iter_child_nodes(current):
            if current is not node and isinstance(current, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)):
                continue
            stack.append(child)


def _base_name(target):
    while isinstance(target, (ast.Attribute, ast.Subscript)):
        target = target.value
    return target.id if isinstance(target, ast.Name) else None


def _mutated(node):
    """Names whose object the statement changes in place: `np.allclose = f`, `params["W1"] = …`, `del d[k]`."""
    names = set()
    for current in _shallow(node):
        targets = []
        if isinstance(current, ast.Assign):
            targets = current.targets
        elif isinstance(current, (ast.AugAssign, ast.AnnAssign)):
            targets = [current.target]
        elif isinstance(current, ast.Delete):
            targets = current.targets
        for target in targets:
            if isinstance(target, (ast.Attribute, ast.Subscript)):
                name = _base_name(target)
                if name is not None:
                    names.add(name)
    return names


def _collect(table, later, reads_now, reads_later):
    for child in table.get_children():
        deferred = later or (child.get_type() == "function" and child.get_name() not in _IMMEDIATE_SCOPES)
        for symbol in child.get_symbols():
            if symbol.is_global() and (symbol.is_referenced() or symbol.is_assigned()):
                (reads_later if deferred else reads_now).add(symbol.get_name())
        _collect(child, deferred, reads_now, reads_later)


def _names(node):
    source = ast.unparse(ast.Module([node], type_ignores=[]))
    table = symtable.symtable(source, "<statement>", "exec")
    binds, reads_now, reads_later = set(), set(), set()
    for symbol in table.get_symbols():
        name = symbol.get_name()
        if symbol.is_assigned() or symbol.is_imported() or symbol.is_namespace():
            binds.add(name)
        if symbol.is_referenced():
            reads_now.add(name)
    _collect(table, False, reads_now, reads_later)
    # `x += 1` reads x before binding it, which the symbol table does not say.
    reads_now |= {n.target.id for n in _shallow(node) if isinstance(n, ast.AugAssign) and isinstance(n.target, ast.Name)}
    return binds, reads_now - BUILTINS, reads_later - BUILTINS
