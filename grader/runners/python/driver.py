"""nn-grader's Python driver: loads one submission, then serves calls of its functions as JSON lines on fd 3.

Started by the grader as `python -B driver.py` with fd 3 a UNIX socket. Student output goes to stdout and
stderr as usual; the protocol never shares them. See grader/runners/protocol/messages.ts for the messages.
"""

import os
import sys

_HERE = os.path.dirname(os.path.abspath(__file__))


def _main():
    from nngrader_driver.serve import serve

    # The driver's own folder must not shadow the student's modules: it leaves sys.path once imported.
    sys.path[:] = [entry for entry in sys.path if os.path.abspath(entry or ".") != _HERE]
    serve(channel_fd=3)


if __name__ == "__main__":
    _main()
