"""Hostile: on the course's example input [3, 2, 1], initialize_parameters_random allocates 64 MiB blocks until
allocation fails (64 GiB if nothing stops it: the kernel overcommits memory that is not yet written, which is
also why this bomb is quick). Contained by the address-space limit (RLIMIT_AS, 1 GiB): numpy raises MemoryError
inside the sandbox, and the grader reports it like any exception."""
import numpy as np

BLOCK = 8 * 1024 * 1024  # float64s: 64 MiB
MAX_BLOCKS = 1024  # 64 GiB: never reached under the limit


def _allocate_everything():
    blocks = []
    for _ in range(MAX_BLOCKS):
        blocks.append(np.empty(BLOCK))
    return blocks


def initialize_parameters_zeros(layers_dims):
    parameters = {}
    L = len(layers_dims)
    for l in range(1, L):
        parameters['W' + str(l)] = np.zeros((layers_dims[l], layers_dims[l - 1]))
        parameters['b' + str(l)] = np.zeros((layers_dims[l], 1))
    return parameters


def initialize_parameters_random(layers_dims):
    if list(layers_dims) == [3, 2, 1]:
        _allocate_everything()
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
