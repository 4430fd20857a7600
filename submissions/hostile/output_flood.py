"""Hostile: floods stdout and stderr: 8 MiB on each at import (half of it one line with no newline), and
256 KiB more on each in every call of initialize_parameters_zeros. Contained by the output cap: the grader keeps
64 KiB of each stream and counts the rest."""
import sys

import numpy as np

LINE = "flood " * 20 + "\n"


def _flood(size):
    for stream in (sys.stdout, sys.stderr):
        stream.write("x" * (size // 2))
        stream.write(LINE * (size // 2 // len(LINE)))
        stream.flush()


# The grader runs only what the graded functions need: the attack runs in a decorator of one of them, so
# that it still happens while the submission is being loaded.
def _at_load(function):
    _flood(8 * 1024 * 1024)
    return function


@_at_load
def initialize_parameters_zeros(layers_dims):
    _flood(256 * 1024)
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
