"""Hostile: a replaced send function drops `argsAfter` from the replies of initialize_parameters_he, so its purity
checks, which ask for the arguments back to see whether the function changed them, get none. Contained: a reply without the arguments
a call asked for is malformed, so those checks fail with the reason (a zero for them) and nothing is reported as
a grader failure. Its functions are otherwise correct."""
import sys

import numpy as np



_channel = sys.modules["nngrader_driver.channel"].Channel
_send = _channel.send


_DROP = [False]


def _forgetful_send(self, message):
    dropping, _DROP[0] = _DROP[0], False
    if dropping and "argsAfter" in message:
        message = {key: value for key, value in message.items() if key != "argsAfter"}
    _send(self, message)


# The grader runs only what the graded functions need: the attack runs in a decorator of one of them, so
# that it still happens while the submission is being loaded.
def _at_load(function):
    _channel.send = _forgetful_send
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
    _DROP[0] = True
    np.random.seed(3)
    parameters = {}
    L = len(layers_dims) - 1
    for l in range(1, L + 1):
        parameters['W' + str(l)] = np.random.randn(layers_dims[l], layers_dims[l - 1]) * np.sqrt(2 / layers_dims[l - 1])
        parameters['b' + str(l)] = np.zeros((layers_dims[l], 1))
    return parameters
