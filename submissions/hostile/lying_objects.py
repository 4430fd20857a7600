"""Hostile: initialize_parameters_he returns a dict subclass and ndarray subclasses that claim to equal anything
(__eq__, __ne__ and __contains__ lie, and __array__ hands out seeded random draws), while holding
zeros; initialize_parameters_zeros returns its correct arrays in such a dict. Contained: the driver sends the data
the objects hold, and the grader compares that data in its own process, so only the He values tests fail."""
import numpy as np


class LyingArray(np.ndarray):
    def __eq__(self, other):
        return np.ones(self.shape, dtype=bool)

    def __ne__(self, other):
        return np.zeros(self.shape, dtype=bool)

    def __array__(self, dtype=None, copy=None):
        np.random.seed(3)
        return np.random.randn(*self.shape)


class LyingDict(dict):
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    def __contains__(self, key):
        return True

    def __repr__(self):
        return "{'all tests': 'passed'}"


def _lying(shape):
    return np.zeros(shape).view(LyingArray)


def initialize_parameters_zeros(layers_dims):
    parameters = {}
    L = len(layers_dims)
    for l in range(1, L):
        parameters['W' + str(l)] = np.zeros((layers_dims[l], layers_dims[l - 1]))
        parameters['b' + str(l)] = np.zeros((layers_dims[l], 1))
    return LyingDict(parameters)


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
        parameters['W' + str(l)] = _lying((layers_dims[l], layers_dims[l - 1]))
        parameters['b' + str(l)] = _lying((layers_dims[l], 1))
    return LyingDict(parameters)
