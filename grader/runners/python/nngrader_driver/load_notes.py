"""The grader's notes on what a load left out: one per cell (per statement in a .py without cells), in plain
words, and a definition a later one replaced said as such."""

import ast

from .describe import describe, imported_modules, join_words


# The grader refuses a load reply with more notes, or longer texts (grader/runners/protocol/reply-schema.ts).
NOTES_CAP = 200
NOTE_TEXT_CAP = 2000


def cut(text):
    """`text` within the grader's bound on a note's texts (and on a stack line's)."""
    return text if len(text) <= NOTE_TEXT_CAP else text[: NOTE_TEXT_CAP - 3] + "..."


def note(kind, message, location=None):
    """A grader note (grader/runners/types.ts GraderNote), its texts within the grader's bound."""
    return {"kind": kind, "message": cut(message), **({"location": cut(location)} if location else {})}


def bounded(notes):
    """At most NOTES_CAP notes: past that, the first ones and one saying how many more there were."""
    if len(notes) <= NOTES_CAP:
        return notes
    more = len(notes) - (NOTES_CAP - 1)
    return notes[: NOTES_CAP - 1] + [note("more", "%d more notes like these are not shown" % more)]


def replaced_definitions(statements, plan):
    """Dropped definitions of a function whose later definition runs: {index: the later statement}."""
    replaced = {}
    for statement in statements:
        node = statement.node
        if statement.index in plan.needed_by or not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            continue
        later = [s for s in statements[statement.index + 1 :] if node.name in s.binds and s.index in plan.needed_by]
        if later:
            replaced[statement.index] = later[-1]
    return replaced


def _merged(words):
    """["sets a", "sets b", "plots"] → ["sets a and b", "plots"]: one verb per kind of statement."""
    objects = {}
    for phrase in words:
        verb, _, rest = phrase.partition(" ")
        key = verb if verb in ("sets", "defines", "tries") else phrase
        objects.setdefault(key, []).append(rest)
    return [key if key not in ("sets", "defines", "tries") else "%s %s" % (key, join_words(rest)) for key, rest in objects.items()]


def not_run_notes(statements, graded, replaced):
    """The notes for the statements the slice left out, one per cell (per statement in a .py without cells); a definition
    that a later one replaced says where the one that counts is."""
    notes, groups = [], {}
    for statement in statements:
        node = statement.node
        if statement.index in replaced:
            later = replaced[statement.index]
            notes.append(note("replaced", "%s defines %s, replaced by the later definition in %s" % (
                statement.cell.where(node.lineno), node.name, later.cell.where(later.node.lineno)), statement.cell.where(node.lineno)))
            continue
        key = statement.cell if statement.cell.label else (statement.cell, statement.index)
        imports, words = groups.setdefault(key, (statement, [], []))[1:]
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            imports.extend(imported_modules(node))
        elif describe(node, graded) is not None:
            words.append(describe(node, graded))
    for first, imports, words in groups.values():
        if imports:
            words.insert(0, "imports %s" % join_words(imports))
        words = _merged(words)
        if words:
            where = first.cell.where(None if first.cell.label else first.node.lineno)
            notes.append(note("not-run", "%s %s: not needed by the graded functions" % (where, join_words(words)), where))
    return notes
