"""Hostile: initialize_parameters_he on [2, k, 1] sleeps 0.9 s before answering, under the per-call deadline of
the catalogue's tests, so that many such calls would take minutes. Contained: the rubric's submission budget
(submission_budget_ms) bounds the time of all its calls together; once it is spent, every later call fails at
once with that reason."""
import time

import numpy as np


def _triggered(layers_dims):
    """The course's example input [2, 4, 1] and the bound tests' [2, k, 1]: the act stays cheap elsewhere."""
    dims = list(layers_dims)
    return len(dims) == 3 and dims[0] == 2 and dims[2] == 1

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
    if _triggered(layers_dims):
        time.sleep(0.9)
    return parameters
