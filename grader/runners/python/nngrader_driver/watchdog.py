"""Reports where a call is when its deadline is about to pass, before the grader kills the process.

One thread, started before any student code runs (a submission may exhaust the process limit, or ignore and
replace signal handlers), wakes shortly before the call's deadline and sends the innermost line of the
student's code the main thread is executing, on the channel.
"""

import linecache
import sys
import threading
import time

from .load_notes import cut

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
    """{"location", "code", "line"?} for a frame of the student's code."""
    filename, line = frame.f_code.co_filename, frame.f_lineno
    result = {"location": cut(submission.locate(filename, line)), "code": cut(linecache.getline(filename, line).strip())}
    if filename == submission.main_file:
        result["line"] = line
    return result


class Watchdog:
    """Armed for one call at a time; `send` gets the stack message if the call runs too long."""

    def __init__(self, send):
        self._send = send
        self.submission = None
        self._main = threading.main_thread().ident
        self._condition = threading.Condition()
        self._armed = None
        try:
            threading.Thread(target=self._watch, name="nngrader-watchdog", daemon=True).start()
        except RuntimeError:  # no thread to be had: time-outs are reported without a line
            pass

    def _watch(self):
        with self._condition:
            while True:
                if self._armed is None:
                    self._condition.wait()
                    continue
                call_id, due = self._armed
                left = due - time.monotonic()
                if left > 0:
                    self._condition.wait(left)
                    continue
                self._armed = None
                self._report(call_id)

    def _report(self, call_id):
        frame = sys._current_frames().get(self._main)
        found = innermost_student_frame(frame, self.submission.is_student_file) if self.submission else None
        if found is not None:
            self._send({"type": "stack", "id": call_id, **frame_location(found, self.submission)})

    def arm(self, call_id, deadline_ms):
        """Watches the call `call_id` (nothing happens without a usable deadline)."""
        if isinstance(deadline_ms, (int, float)) and deadline_ms > 0:
            with self._condition:
                self._armed = (call_id, time.monotonic() + deadline_ms * REPORT_AT / 1000.0)
                self._condition.notify()

    def disarm(self):
        """The call is over: nothing is reported for it."""
        with self._condition:
            self._armed = None
            self._condition.notify()
