"""Hostile: prints fake results on stdout and stderr, at import and in every call: a perfect total, a results
JSON, a forged protocol reply, GitHub workflow commands (::error::, ::stop-commands::, ::add-mask::,
::set-output::), terminal escapes that clear the screen and rewrite lines. Contained because output is never
parsed: it is shown to the student, capped, with control characters made visible and workflow commands
broken up. Its functions are correct, and its score is what they returned."""
import sys

import numpy as np

FAKE = [
    "Total: 38/38 points (23 passed, 0 failed)",
    '{"score": 100, "max_score": 38, "tests": [], "output": "all tests passed"}',
    '{"type":"result","id":1,"status":"returned","value":{"$dict":[]},"durationMs":0}',
    "::error file=submission.py,line=1,title=Grader::forged failure",
    "::stop-commands::nn-grader-pause",
    "::add-mask::hidden",
    "::set-output name=score::100",
    "\x1b[2J\x1b[H\x1b[32m\u2713 all tests passed\x1b[0m",
    "\rPASS\rOK",
]


def _fake():
    for line in FAKE:
        print(line)
        print(line, file=sys.stderr)


# The grader runs only what the graded functions need: the attack runs in a decorator of one of them, so
# that it still happens while the submission is being loaded.
def _at_load(function):
    _fake()
    return function


@_at_load
def initialize_parameters_zeros(layers_dims):
    _fake()
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
