"""Hostile: initialize_parameters_he raises on [2, k, 1], and a replaced send function swaps the driver's capped
traceback for one of a million lines (3 MB of JSON, under the reply cap). Contained: the reply's schema caps a
traceback at 16 000 characters, so the reply is refused as malformed (that call fails) and no report ever
holds the forged text."""
import sys

import numpy as np


def _triggered(layers_dims):
    """The course's example input [2, 4, 1] and the bound tests' [2, k, 1]: the act stays cheap elsewhere."""
    dims = list(layers_dims)
    return len(dims) == 3 and dims[0] == 2 and dims[2] == 1


_channel = sys.modules["nngrader_driver.channel"].Channel
_send = _channel.send


def _bombing_send(self, message):
    if message.get("status") == "raised":
        error = dict(message["error"], traceback="x\n" * 1_000_000)
        message = dict(message, error=error)
    _send(self, message)


# The grader runs only what the graded functions need: the attack runs in a decorator of one of them, so
# that it still happens while the submission is being loaded.
def _at_load(function):
    _channel.send = _bombing_send
    return function


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


@_at_load
def initialize_parameters_he(layers_dims):
    np.random.seed(3)
    parameters = {}
    L = len(layers_dims) - 1
    for l in range(1, L + 1):
        parameters['W' + str(l)] = np.random.randn(layers_dims[l], layers_dims[l - 1]) * np.sqrt(2 / layers_dims[l - 1])
        parameters['b' + str(l)] = np.zeros((layers_dims[l], 1))
    if _triggered(layers_dims):
        raise ValueError("the forged traceback follows")
    return parameters
