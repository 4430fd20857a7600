"""Which statements of a notebook cell are kept for grading, and how a cell that does not parse is salvaged.

Kept: top-level imports, function and class definitions, and assignments of simple constants to names.
Dropped: everything that trains, plots, prints or calls the course's test helpers.
"""

import ast
import re

_SIMPLE_VALUE_NODES = (
    ast.Constant, ast.Name, ast.Attribute, ast.Load, ast.Tuple, ast.List, ast.Set, ast.Dict,
    ast.UnaryOp, ast.BinOp, ast.BoolOp, ast.Compare, ast.unaryop, ast.operator, ast.boolop, ast.cmpop,
)
_DEFINES = re.compile(r"^(?:async\s+def|def|class)\s+([A-Za-z_]\w*)", re.MULTILINE)
_CONTINUES = ("else", "elif", "except", "finally", ")", "]", "}")


def _simple_value(node):
    if isinstance(node, ast.Lambda):
        return True
    return all(isinstance(child, _SIMPLE_VALUE_NODES) for child in ast.walk(node))


def _name_targets(targets):
    for target in targets:
        if isinstance(target, (ast.Tuple, ast.List)):
            if not _name_targets(target.elts):
                return False
        elif not isinstance(target, ast.Name):
            return False
    return True


def keep(statement):
    """True for the statements grading needs."""
    if isinstance(statement, (ast.Import, ast.ImportFrom, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return True
    if isinstance(statement, ast.Assign):
        return _name_targets(statement.targets) and _simple_value(statement.value)
    if isinstance(statement, ast.AnnAssign):
        return isinstance(statement.target, ast.Name) and statement.value is not None and _simple_value(statement.value)
    return False


def defined_names(statement):
    """Names a kept definition binds (for a graded function that failed to be defined)."""
    if isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return [statement.name]
    return []


def names_defined_in_text(text):
    """Functions and classes that unparsable source appears to define."""
    return _DEFINES.findall(text)


def _chunk_starts(lines):
    """Lines that begin a new top-level statement: unindented code, not a continuation, not after a decorator."""
    starts, previous = [], ""
    for index, line in enumerate(lines):
        if not line.strip() or line[0] in " \t#":
            continue
        follows_decorator = previous.startswith("@")
        if not line.startswith(_CONTINUES) and not follows_decorator:
            starts.append(index)
        previous = line
    return starts or [0]


def parse_cell(source, filename):
    """(statements, errors): the whole cell if it parses, else every top-level chunk that parses on its own.

    Each error is (SyntaxError with the cell's line number, the chunk's text)."""
    try:
        return ast.parse(source, filename).body, []
    except (SyntaxError, ValueError):
        pass
    lines = source.splitlines(keepends=True)
    starts = _chunk_starts(lines)
    if starts[0] != 0:
        starts.insert(0, 0)
    bounds = list(zip(starts, starts[1:] + [len(lines)]))
    statements, errors = [], []
    for begin, end in bounds:
        text = "\n" * begin + "".join(lines[begin:end])  # leading newlines keep the cell's line numbers
        try:
            statements.extend(ast.parse(text, filename).body)
        except SyntaxError as error:
            errors.append((error, text))
        except ValueError as error:
            errors.append((SyntaxError(str(error), (filename, begin + 1, 0, "")), text))
    return statements, errors
