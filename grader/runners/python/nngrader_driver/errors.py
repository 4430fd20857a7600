"""Student errors (grader/runners/types.ts StudentError): exceptions trimmed to the student's own frames."""

import traceback

MESSAGE_CAP = 2000
TRACEBACK_CAP = 8000


def _cap(text, limit):
    return text if len(text) <= limit else text[: limit - 15] + "\n... (cut)\n"


def _message(error):
    try:
        return str(error)
    except BaseException:
        return "<the exception's message could not be shown>"


def student_error(error, is_student_file, main_file, locate=None):
    """Type, message, traceback (only frames in the student's files), the line in the main file and, with
    `locate`, where the innermost student frame is as the student sees it (a notebook cell's label)."""
    frames = [f for f in traceback.extract_tb(error.__traceback__) if is_student_file(f.filename)]
    lines = ["Traceback (most recent call last):\n"] if frames else []
    lines += traceback.StackSummary.from_list(frames).format()
    try:
        lines += traceback.format_exception_only(type(error), error)
    except BaseException:
        lines.append("%s\n" % type(error).__name__)
    main_frames = [f for f in frames if f.filename == main_file]
    result = {
        "type": type(error).__name__,
        "message": _cap(_message(error), MESSAGE_CAP),
        "traceback": _cap("".join(lines), TRACEBACK_CAP),
    }
    if main_frames and main_frames[-1].lineno:
        result["line"] = main_frames[-1].lineno
    if locate is not None and frames and frames[-1].lineno:
        result["location"] = locate(frames[-1].filename, frames[-1].lineno)
    return result


def syntax_error(error, where, line=None):
    """A SyntaxError as "msg (where)", with Python's caret display of the offending line."""
    result = {
        "type": type(error).__name__,
        "message": "%s (%s)" % (getattr(error, "msg", None) or _message(error), where),
        "traceback": _cap("".join(traceback.format_exception_only(type(error), error)), TRACEBACK_CAP),
    }
    if line:
        result["line"] = line
    return result


def plain_error(kind, message, traceback_text=""):
    """An error the driver words itself (sys.exit at import, a broken cell)."""
    return {"type": kind, "message": message, "traceback": traceback_text}
