"""Serves one call: find the function, decode the arguments, disturb the RNG if asked, call, encode."""

import sys
import time

from .errors import student_error
from .wire import WireError, decode, encode

try:
    import numpy as np
except ImportError:
    np = None

# How many normals disturbRng draws after seeding: an odd count also leaves numpy's cached gauss value set.
DISTURB_DRAWS = 3

# Every other call starts with numpy's global RNG seeded with this: a function that forgets
# np.random.seed gets the same draws on every call, in any order (deterministic regrades), and a
# seed unrelated to the course's 3, so its output is told apart from the seeded answer.
STARTING_SEED = 0


def flush_student_output():
    """Pushes what the student printed to the grader before the reply (stdout is line-buffered anyway)."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except BaseException:
            pass


def _disturb(seed):
    if np is not None:
        np.random.seed(seed)
        np.random.randn(DISTURB_DRAWS)


def handle_call(submission, request, watchdog=None):
    """The reply to one call request (a dict ready for the channel)."""
    reply = {"type": "result", "id": request["id"]}
    name = request["function"]
    function = submission.lookup(name)
    if name in submission.broken:
        return {**reply, "status": "load-failed", "error": submission.broken[name]}
    if function is None:
        return {**reply, "status": "missing", "available": submission.available()}
    try:
        args = [decode(arg) for arg in request["args"]]
    except (WireError, KeyError, TypeError, ValueError) as error:
        return {"type": "protocol-error", "id": request["id"], "message": "bad argument: %s" % error}
    if request.get("disturbRng") is not None:
        _disturb(request["disturbRng"])
    elif np is not None:
        np.random.seed(STARTING_SEED)
    if watchdog is not None:
        watchdog.arm(request["id"], request.get("deadlineMs"))
    started = time.perf_counter()
    try:
        value = function(*args)
    except BaseException as error:  # SystemExit and KeyboardInterrupt too: the student's, reported as raised
        if watchdog is not None:
            watchdog.disarm()
        flush_student_output()
        failure = student_error(error, submission.is_student_file, submission.main_file, submission.locate)
        if isinstance(error, SystemExit):
            failure["message"] = "%s called sys.exit(%r)" % (name, error.code)
        return {**reply, "status": "raised", "error": failure}
    duration_ms = (time.perf_counter() - started) * 1000.0
    if watchdog is not None:
        watchdog.disarm()
    flush_student_output()
    reply.update(status="returned", value=encode(value), durationMs=duration_ms)
    if request.get("returnArgs"):
        reply["argsAfter"] = [encode(arg) for arg in args]
    return reply
