"""Hostile: on the course's example input [3, 2, 1], initialize_parameters_random lifts the recursion limit and
recurses through attribute lookups (each level a C frame) until the C stack overflows. Contained: the driver
dies of the segmentation fault inside the sandbox; the grader reports a crash for that call and starts a fresh
child for the next one."""
import sys

import numpy as np


class Bottomless:
    def __getattr__(self, name):
        return getattr(self, name)


def initialize_parameters_zeros(layers_dims):
    parameters = {}
    L = len(layers_dims)
    for l in range(1, L):
        parameters['W' + str(l)] = np.zeros((layers_dims[l], layers_dims[l - 1]))
        parameters['b' + str(l)] = np.zeros((layers_dims[l], 1))
    return parameters


def initialize_parameters_random(layers_dims):
    if list(layers_dims) == [3, 2, 1]:
        sys.setrecursionlimit(10**8)
        return Bottomless().weights
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
