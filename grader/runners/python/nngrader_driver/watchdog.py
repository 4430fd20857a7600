"""Reports where a call is when its deadline is about to pass, before the grader kills the process.

A thread (not a signal: a submission may ignore or replace signal handlers) wakes shortly before the call's
deadline and sends the innermost line of the student's code the main thread is executing, on the channel.
"""

import linecache
import sys
import threading

# Fraction of the deadline after which the location is sent: late enough to be where the call is stuck, early
# enough to arrive before the grader's own deadline on a busy machine.
REPORT_AT = 0.85


def innermost_student_frame(frame, is_student_file):
    """The deepest frame of `frame`'s stack that runs the student's code, or None."""
    while frame is not None:
        if is_student_file(frame.f_code.co_filename):
            return frame
        frame = frame.f_back
    return None


def frame_location(frame, submission):
    """{"location", "line"?, "code"} for a frame of the student's code."""
    filename, line = frame.f_code.co_filename, frame.f_lineno
    result = {"location": submission.locate(filename, line), "code": linecache.getline(filename, line).strip()}
    if filename == submission.main_file:
        result["line"] = line
    return result


class Watchdog:
    """Arms one timer per call; `send` is called with the stack message if the call runs too long."""

    def __init__(self, submission, send):
        self._submission = submission
        self._send = send
        self._main = threading.main_thread().ident

    def _report(self, call_id):
        frame = innermost_student_frame(sys._current_frames().get(self._main), self._submission.is_student_file)
        if frame is not None:
            self._send({"type": "stack", "id": call_id, **frame_location(frame, self._submission)})

    def arm(self, call_id, deadline_ms):
        """A started timer (cancel it when the call returns), or None without a usable deadline."""
        if not isinstance(deadline_ms, (int, float)) or not deadline_ms > 0:
            return None
        timer = threading.Timer(deadline_ms * REPORT_AT / 1000.0, self._report, args=(call_id,))
        timer.daemon = True
        timer.start()
        return timer
