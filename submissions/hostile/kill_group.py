"""Hostile: on the course's example input [3, 2, 1], initialize_parameters_zeros sends SIGKILL to its whole process
group, hoping to take the grader with it. Contained: the sandboxed driver leads a group and session of its own,
so only the driver dies; the grader reports a crash for that call and starts a fresh child for the next one."""
import os
import signal

import numpy as np


def initialize_parameters_zeros(layers_dims):
    if list(layers_dims) == [3, 2, 1]:
        os.killpg(0, signal.SIGKILL)
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
