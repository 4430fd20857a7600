"""The protocol channel: one JSON object per line over the UNIX socket the grader passes as fd 3."""

import os
import socket
import threading

# Bound when the driver starts, before any student code: a submission replacing json.dumps or json.loads does
# not change what the driver reads and writes.
from json import dumps as _dumps
from json import loads as _loads


class Channel:
    """Reads requests and writes replies; the socket is kept out of any process the student starts."""

    def __init__(self, fd):
        os.set_inheritable(fd, False)
        self._socket = socket.socket(fileno=fd)
        self._reader = self._socket.makefile("rb")
        # The grader's cap on one reply line (from the load request): a longer reply is replaced by a short
        # "too-large" notice, so that neither side spends time moving bytes the grader would refuse anyway.
        self.reply_cap = None
        # The watchdog thread sends too: one line at a time.
        self._lock = threading.Lock()

    def receive(self):
        """The next request, or None once the grader has closed its end."""
        line = self._reader.readline()
        if not line:
            return None
        return _loads(line)

    def send(self, message):
        """Writes one reply; allow_nan=False makes a stray NaN a driver bug, never invalid JSON;
        ensure_ascii keeps lone surrogates in student strings valid JSON."""
        data = _dumps(message, allow_nan=False, separators=(",", ":"))
        if self.reply_cap is not None and len(data) > self.reply_cap and "id" in message:
            data = _dumps({"type": "too-large", "id": message["id"], "bytes": len(data)})
        with self._lock:
            self._socket.sendall(data.encode("ascii") + b"\n")
