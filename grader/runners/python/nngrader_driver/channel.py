"""The protocol channel: one JSON object per line over the UNIX socket the grader passes as fd 3."""

import json
import os
import socket


class Channel:
    """Reads requests and writes replies; the socket is kept out of any process the student starts."""

    def __init__(self, fd):
        os.set_inheritable(fd, False)
        self._socket = socket.socket(fileno=fd)
        self._reader = self._socket.makefile("rb")

    def receive(self):
        """The next request, or None once the grader has closed its end."""
        line = self._reader.readline()
        if not line:
            return None
        return json.loads(line)

    def send(self, message):
        """Writes one reply; allow_nan=False makes a stray NaN a driver bug, never invalid JSON;
        ensure_ascii keeps lone surrogates in student strings valid JSON."""
        data = json.dumps(message, allow_nan=False, separators=(",", ":"))
        self._socket.sendall(data.encode("ascii") + b"\n")
