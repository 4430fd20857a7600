"""Hostile: at import, double-forks a daemon that leaves the process group and session, replaces itself with a
fresh interpreter holding an empty environment (so that no marker in its environment can find it), and keeps
writing and connecting forever. Contained by the sandbox's pid namespace: it dies with the sandbox."""
import os
import sys

import numpy as np

DAEMON = """
import socket, sys, time
while True:
    try:
        with open("/tmp/nn-grader-daemon-alive", "a") as f:
            f.write("alive\\n")
    except OSError:
        pass
    try:
        socket.create_connection(("127.0.0.1", 47913), timeout=0.2).close()
    except OSError:
        pass
    time.sleep(0.2)
"""


def _daemonize():
    if os.fork() != 0:
        os.wait()
        return
    os.setsid()
    if os.fork() != 0:
        os._exit(0)
    devnull = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):
        os.dup2(devnull, fd)
    # The staged folder stays on the command line: that is how a test can still tell whose daemon it is.
    os.execve(sys.executable, [sys.executable, "-c", DAEMON, os.getcwd()], {})


# The grader runs only what the graded functions need: the attack runs in a decorator of one of them, so
# that it still happens while the submission is being loaded.
def _at_load(function):
    _daemonize()
    return function


@_at_load
def initialize_parameters_zeros(layers_dims):
    parameters = {}
    L = len(layers_dims)
    for l in range(1, L):
        parameters['W' + str(l)] = np.zeros((layers_dims[l], layers_dims[l - 1]))
        parameters['b' + str(l)] = np.zeros((layers_dims[l], 1))
    return parameters


def initialize_parameters_random(layers_dims):
    np.random.seed(3)
    parameters = {}
    L = len(layers_dims)
    for l in range(1, L):
        parameters['W' + str(l)] = np.random.randn(layers_dims[l], layers_dims[l - 1]) * 10
        parameters['b' + str(l)] = np.zeros((layers_dims[l], 1))
    return parameters


def initialize_parameters_he(layers_dims):
    np.random.seed(3)
    parameters = {}
    L = len(layers_dims) - 1
    for l in range(1, L + 1):
        parameters['W' + str(l)] = np.random.randn(layers_dims[l], layers_dims[l - 1]) * np.sqrt(2 / layers_dims[l - 1])
        parameters['b' + str(l)] = np.zeros((layers_dims[l], 1))
    return parameters
