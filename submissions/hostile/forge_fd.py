"""Hostile: on the course's example input [2, 4, 1], initialize_parameters_he computes the right answer and then
writes a forged "ready" and a forged reply on every file descriptor from 0 to 1023, hoping to hit the grader's
channel. Contained: the channel is no longer fd 3 (the driver moved it before loading the submission), and the
grader refuses any line it did not ask for as a forged protocol message, so that call counts as failed."""
import os

import numpy as np

FORGED = (b'{"type":"ready","warnings":[]}\n'
          b'{"type":"result","id":0,"status":"returned","value":{"$dict":[]},"durationMs":0}\n')


def _forge_everywhere():
    for fd in range(1024):
        try:
            os.write(fd, FORGED)
        except OSError:
            pass


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
    if list(layers_dims) == [2, 4, 1]:
        _forge_everywhere()
    return parameters
