"""nn-grader's Python driver: loads one submission, then serves calls of its functions as JSON lines.

Started by the grader (inside its sandbox) as `python -B driver.py` with fd 3 a UNIX socket. Before any student
code runs, the socket moves to a randomly chosen high descriptor and fd 3 is closed, so a submission writing on
fd 3 reaches nothing; one that searches /proc/self/fd can still find the socket, and the grader then refuses any
line it did not ask for. Student output goes to stdout and stderr as usual; the protocol never shares them.
See grader/runners/protocol/messages.ts for the messages.
"""

import os
import resource
import sys

_HERE = os.path.dirname(os.path.abspath(__file__))
_CHANNEL_FD = 3
# The lowest descriptor the channel may move to (below it: stdio, and what the interpreter opens early).
_LOWEST_PRIVATE_FD = 64


def _private_channel(fd):
    """Moves `fd` to an unused descriptor chosen at random below the open-files limit; returns the new one."""
    soft, _hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    top = min(soft if soft != resource.RLIM_INFINITY else 1024, 1024)
    if top <= _LOWEST_PRIVATE_FD + 1:
        return fd
    for _attempt in range(32):
        target = _LOWEST_PRIVATE_FD + int.from_bytes(os.urandom(2), "little") % (top - _LOWEST_PRIVATE_FD)
        try:
            os.fstat(target)
        except OSError:
            os.dup2(fd, target, inheritable=False)
            os.close(fd)
            return target
    return fd


def _main():
    from nngrader_driver.serve import serve

    # The driver's own folder must not shadow the student's modules: it leaves sys.path once imported.
    sys.path[:] = [entry for entry in sys.path if os.path.abspath(entry or ".") != _HERE]
    serve(channel_fd=_private_channel(_CHANNEL_FD))


if __name__ == "__main__":
    _main()
