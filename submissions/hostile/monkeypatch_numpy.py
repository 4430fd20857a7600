"""Hostile: at import, replaces numpy's comparisons (np.allclose, np.array_equal, np.isclose, np.testing) with
functions that always agree, and tries ndarray.__eq__, hoping that a grader comparing in the student's process
would pass anything; and initialize_parameters_he forgets the sqrt(2 / n_{l-1}) factor. Contained: the grader
compares in its own process, with its own reference, so only the He tests that see the missing factor fail."""
import numpy as np


def _always(*args, **kwargs):
    return True


np.allclose = _always
np.array_equal = _always
np.array_equiv = _always
np.isclose = lambda a, b, *args, **kwargs: np.ones(np.shape(a), dtype=bool)
np.testing.assert_allclose = lambda *args, **kwargs: None
np.testing.assert_array_equal = lambda *args, **kwargs: None
try:
    np.ndarray.__eq__ = lambda self, other: np.ones(self.shape, dtype=bool)
except TypeError:
    pass  # built-in types refuse new attributes


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
        parameters['W' + str(l)] = np.random.randn(layers_dims[l], layers_dims[l - 1])
        parameters['b' + str(l)] = np.zeros((layers_dims[l], 1))
    return parameters
