"""Wire values (grader/runners/types.ts): Python and numpy values to JSON-able data and back."""

import math

try:
    import numpy as np
except ImportError:  # the driver still serves plain-Python submissions; encoding just sees no arrays
    np = None

REPR_CAP = 200
MAX_DEPTH = 100
_SPECIAL = {"NaN": math.nan, "Infinity": math.inf, "-Infinity": -math.inf}
_INT_LIMIT = 2**1023
_ARRAY_KINDS = "biuf"  # bool, signed int, unsigned int, float: the dtypes whose data JSON can carry


class WireError(ValueError):
    """A request argument that is not a well-formed wire value (a grader bug, reported as a protocol error)."""


def _special(x):
    return "NaN" if x != x else ("Infinity" if x > 0 else "-Infinity")


def _float(x):
    return x if math.isfinite(x) else {"$float": _special(x)}


def _other(value):
    try:
        text = repr(value)
    except BaseException as error:  # a student's __repr__ may raise anything
        text = "<repr failed: %s>" % type(error).__name__
    if len(text) > REPR_CAP:
        text = text[: REPR_CAP - 3] + "..."
    kind = type(value)
    name = kind.__qualname__ if kind.__module__ in ("builtins", None) else "%s.%s" % (kind.__module__, kind.__qualname__)
    return {"$other": {"type": name, "repr": text}}


def _array(a):
    if a.dtype.kind not in _ARRAY_KINDS:
        return _other(a)
    flat = a.ravel(order="C").tolist()
    if a.dtype.kind == "f" and not np.isfinite(a).all():
        flat = [x if math.isfinite(x) else _special(x) for x in flat]
    return {"$array": {"shape": list(a.shape), "dtype": str(a.dtype), "data": flat}}


def encode(value, depth=0, path=()):
    """The wire form of a value; never raises (anything unknown becomes $other with a capped repr)."""
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, int):
        return value if -_INT_LIMIT < value < _INT_LIMIT else _other(value)  # past float range JSON readers give inf
    if isinstance(value, float):
        return _float(value)
    if np is not None:
        if isinstance(value, np.ndarray):
            return _array(value)
        if isinstance(value, np.bool_):
            return bool(value)
        if isinstance(value, np.integer):
            return encode(int(value))
        if isinstance(value, np.floating):
            return _float(float(value))
    if depth >= MAX_DEPTH or id(value) in path:
        return _other(value)
    inner = path + (id(value),)
    if isinstance(value, dict):
        return {"$dict": [[k if isinstance(k, str) else _key(k), encode(v, depth + 1, inner)] for k, v in list(value.items())]}
    if isinstance(value, list):
        return {"$list": [encode(v, depth + 1, inner) for v in value]}
    if isinstance(value, tuple):
        return {"$tuple": [encode(v, depth + 1, inner) for v in value]}
    return _other(value)


def _key(key):
    try:
        return repr(key)
    except BaseException:
        return "<key>"


def decode(value):
    """The Python value for a request argument: $list → list, $tuple → tuple, $dict → dict, $array → ndarray."""
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if not isinstance(value, dict) or len(value) != 1:
        raise WireError("expected a wire value, got %r" % (value,))
    (tag, body), = value.items()
    if tag == "$float" and body in _SPECIAL:
        return _SPECIAL[body]
    if tag == "$list":
        return [decode(v) for v in body]
    if tag == "$tuple":
        return tuple(decode(v) for v in body)
    if tag == "$dict":
        return {k: decode(v) for k, v in body}
    if tag == "$array" and np is not None:
        data = [_SPECIAL.get(x, x) if isinstance(x, str) else x for x in body["data"]]
        dtype = "float64" if body["dtype"] == "number" else body["dtype"]
        return np.array(data, dtype=dtype).reshape(body["shape"])
    raise WireError("cannot decode %s" % tag)
