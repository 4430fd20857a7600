"""Hostile: prints text made to break reports (quotes, a newline inside a line, <script>, a CSV formula =cmd|,
XML's ]]> and &entities;, terminal escapes, NUL and other control characters, Unicode line separators and
bidirectional overrides); initialize_parameters_he raises an exception whose message holds the same text, so that
it reaches each test's details. Contained when every report format escapes it: nothing becomes markup, a formula,
a workflow command or a terminal control. The tests also grade it under a file name made of such characters."""
import numpy as np

EVIL = ('"quoted" \'single\' <script>alert("x")</script> =cmd|\' /C calc\'!A0 +1 -1 @SUM(A1) '
        '</system-out>]]><![CDATA[ &amp; &nbsp; &#0; \x1b[31mred\x1b[0m \x00 \x07 \x08 \r '
        '\u2028 \u2029 \u202e gnp.exe ::error::forged')


# The grader runs only what the graded functions need: the attack runs in a decorator of one of them, so
# that it still happens while the submission is being loaded.
def _at_load(function):
    print(EVIL)
    print("a line\nsplit in two, then =HYPERLINK(\"http://example.com\")")
    return function


@_at_load
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
    raise ValueError(EVIL)
    np.random.seed(3)
    parameters = {}
    L = len(layers_dims) - 1
    for l in range(1, L + 1):
        parameters['W' + str(l)] = np.random.randn(layers_dims[l], layers_dims[l - 1]) * np.sqrt(2 / layers_dims[l - 1])
        parameters['b' + str(l)] = np.zeros((layers_dims[l], 1))
    return parameters
