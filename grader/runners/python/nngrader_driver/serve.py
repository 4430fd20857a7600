"""The driver's main loop: load once, then answer call requests until the grader closes the channel."""

import os
import sys

from .calls import flush_student_output, handle_call
from .channel import Channel
from .module_loader import load_module
from .notebook_loader import load_notebook
from .submission import LoadFailed


def _prepare_process(path):
    """The student's folder first on sys.path (their helper modules), sys.argv as if they ran their file."""
    sys.path.insert(0, os.path.dirname(path))
    sys.argv = [path]
    try:
        sys.stdout.reconfigure(line_buffering=True)
    except (AttributeError, ValueError):
        pass


def _load(request):
    if request["mode"] == "notebook":
        return load_notebook(request["path"], request["cells"])
    return load_module(request["filename"], request["path"], request["source"])


def serve(channel_fd):
    channel = Channel(channel_fd)
    request = channel.receive()
    if request is None or request.get("op") != "load":
        return
    channel.reply_cap = request.get("replyCapBytes")
    _prepare_process(request["path"])
    try:
        submission = _load(request)
    except LoadFailed as failure:
        flush_student_output()
        channel.send({"type": "load-failed", "error": failure.error})
        return
    flush_student_output()
    channel.send({"type": "ready", "warnings": submission.warnings})
    while True:
        request = channel.receive()
        if request is None:
            return
        if request.get("op") == "call":
            try:
                reply = handle_call(submission, request)
            except Exception as error:  # a driver bug or a malformed request; the student's errors never get here
                reply = {"type": "protocol-error", "id": request.get("id"), "message": "driver error: %r" % (error,)}
            try:
                channel.send(reply)
            except (TypeError, ValueError) as error:
                channel.send({"type": "protocol-error", "id": request.get("id"), "message": "reply not encodable: %s" % error})
        else:
            channel.send({"type": "protocol-error", "id": request.get("id"), "message": "unknown op %r" % request.get("op")})
