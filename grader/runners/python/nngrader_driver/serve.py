"""The driver's main loop: load once, then answer call requests until the grader closes the channel."""

import os
import sys

from .calls import flush_student_output, handle_call
from .cells import notebook_cells, script_cells
from .channel import Channel
from .errors import plain_error
from .load_notes import bounded
from .program_loader import load_program, register_source
from .submission import LoadFailed
from .watchdog import Watchdog


def _prepare_process(path):
    """The student's folder first on sys.path (their helper modules), sys.argv as if they ran their file."""
    sys.path.insert(0, os.path.dirname(path))
    sys.argv = [path]
    try:
        sys.stdout.reconfigure(line_buffering=True)
    except (AttributeError, ValueError):
        pass


def _graded(request):
    functions = request.get("functions")
    return list(functions) if isinstance(functions, list) and functions else None


def _load(request):
    """A notebook's cells, or a .py file split at nbconvert's cell markers, loaded the same way."""
    path, graded = request["path"], _graded(request)
    if request["mode"] == "notebook":
        return load_program(path, os.path.basename(path), notebook_cells(request["cells"]), graded)
    filename, source = request["filename"], request["source"]
    register_source(filename, source)
    if "\0" in source:
        raise LoadFailed(plain_error("SyntaxError", "%s cannot be compiled: source code cannot contain null bytes" % filename))
    return load_program(path, filename, script_cells(filename, source), graded)


def serve(channel_fd):
    channel = Channel(channel_fd)
    request = channel.receive()
    if request is None or request.get("op") != "load":
        return
    channel.reply_cap = request.get("replyCapBytes")
    _prepare_process(request["path"])
    watchdog = Watchdog(channel.send)  # before any student code: it may leave no room for a thread
    try:
        submission = _load(request)
    except LoadFailed as failure:
        flush_student_output()
        channel.send({"type": "load-failed", "error": failure.error})
        return
    flush_student_output()
    channel.send({"type": "ready", "warnings": [], "notes": bounded(submission.notes)})
    watchdog.submission = submission
    while True:
        request = channel.receive()
        if request is None:
            return
        if request.get("op") == "call":
            try:
                reply = handle_call(submission, request, watchdog)
            except Exception as error:  # a driver bug or a malformed request; the student's errors never get here
                reply = {"type": "protocol-error", "id": request.get("id"), "message": "driver error: %r" % (error,)}
            try:
                channel.send(reply)
            except (TypeError, ValueError) as error:
                channel.send({"type": "protocol-error", "id": request.get("id"), "message": "reply not encodable: %s" % error})
        else:
            channel.send({"type": "protocol-error", "id": request.get("id"), "message": "unknown op %r" % request.get("op")})
