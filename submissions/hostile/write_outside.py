"""Hostile: at import, tries to write outside its temporary folder: a new file in its own folder, the driver's,
the repository's rubrics/ and submissions/, root's home and every folder it can find under /tmp, /var/tmp,
/root, /home and /work; and to touch the rubric's time stamp. Contained by the sandbox's read-only filesystem:
only its private /tmp is writable, and nothing of the host's changes. Its functions are correct."""
import os
import sys

import numpy as np

NAME = "nn-grader-hostile-was-here"
FIXED = ["/", "/root", "/home", "/tmp", "/var/tmp", "/dev/shm", "/etc", "/usr/local", "/work", "/work/main",
         "/work/main/rubrics", "/work/main/submissions", "/work/main/submissions/python", "/work/main/grader"]
WALKED = [("/tmp", 3), ("/var/tmp", 3), ("/root", 2), ("/home", 2), ("/work", 3)]
written = []


def _folders():
    yield os.getcwd()
    yield os.path.dirname(os.path.abspath(__file__))
    driver = sys.modules.get("nngrader_driver")
    if driver is not None:
        yield os.path.dirname(os.path.abspath(driver.__file__))
    yield from FIXED
    for root, depth in WALKED:
        for folder, dirs, _files in os.walk(root):
            if folder.count("/") - root.count("/") >= depth:
                dirs[:] = []
            yield folder


def _write_everywhere():
    for folder in _folders():
        path = os.path.join(folder, NAME)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            os.write(fd, b"written by a submission\n")
            os.close(fd)
            written.append(path)
        except OSError:
            pass
    for path in ("/work/main/rubrics/initialization.yaml", __file__):
        try:
            os.utime(path, (0, 0))
            written.append("touched " + path)
        except OSError:
            pass


# The grader runs only what the graded functions need: the attack runs in a decorator of one of them, so
# that it still happens while the submission is being loaded.
def _at_load(function):
    _write_everywhere()
    print("wrote: %s" % ", ".join(written))
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
