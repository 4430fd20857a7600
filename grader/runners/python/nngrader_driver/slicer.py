"""The program slice: the top-level statements the graded functions need, transitively, in source order.

A name read when a statement runs resolves to the nearest earlier statement binding it; a name a function
reads when called resolves to the last binding in the submission (a later redefinition wins). A binding inside
if/try/for/while/with may not happen, so the binding before it is kept too. A statement that changes a kept
object in place (`np.allclose = f`) is kept with it. A name nothing binds may come from a `from m import *`.
"""

from .symbols import BUILTINS


class Slice:
    """Which statements run, and for each one the graded functions that need it."""

    def __init__(self, statements, graded):
        self._statements = statements
        self._binders = {}
        for statement in statements:
            for name in statement.binds:
                self._binders.setdefault(name, []).append(statement.index)
        self.needed_by = {}
        for function in graded:
            for index in self._closure([function]):
                self.needed_by.setdefault(index, []).append(function)
        self.kept = sorted(self.needed_by)

    def _before(self, name, limit):
        """Binders of `name` before statement `limit`, nearest first, down to the first unconditional one."""
        found = []
        for index in reversed(self._binders.get(name, [])):
            if index >= limit:
                continue
            found.append(index)
            if not self._statements[index].conditional:
                break
        if not found and name not in BUILTINS:
            found = [s.index for s in self._statements[:limit] if s.star]
        return found

    def _closure(self, names):
        end = len(self._statements)
        work = [index for name in names for index in self._before(name, end)]
        kept = set()
        while work:
            index = work.pop()
            if index in kept:
                continue
            kept.add(index)
            statement = self._statements[index]
            for name in statement.reads_now:
                work.extend(self._before(name, index))
            for name in statement.reads_later:
                work.extend(self._before(name, end))
            if not work:
                work.extend(self._mutators(kept))
        return kept

    def _mutators(self, kept):
        """Statements not yet kept that change in place an object bound by a kept statement before them."""
        found = []
        for statement in self._statements:
            if statement.index in kept or not statement.mutates:
                continue
            if any(set(self._before(name, statement.index)) & kept for name in statement.mutates):
                found.append(statement.index)
        return found
