"""A correct solution in a different style: f-strings, comprehensions, normal(), standard_normal(), ** 0.5."""
import numpy as np


def initialize_parameters_zeros(layers_dims):
    pairs = list(zip(layers_dims[1:], layers_dims[:-1]))
    weights = {f"W{l}": np.zeros((n, n_prev)) for l, (n, n_prev) in enumerate(pairs, start=1)}
    biases = {f"b{l}": np.zeros((n, 1)) for l, (n, _) in enumerate(pairs, start=1)}
    return {**weights, **biases}


def initialize_parameters_random(layers_dims):
    np.random.seed(3)
    params = {}
    for l in range(1, len(layers_dims)):
        n, n_prev = layers_dims[l], layers_dims[l - 1]
        params[f"W{l}"] = np.random.normal(0, 10, size=(n, n_prev))
        params[f"b{l}"] = np.zeros(shape=(n, 1), dtype=np.float64)
    return params


def initialize_parameters_he(layers_dims):
    np.random.seed(3)
    params = {}
    for l, (n, n_prev) in enumerate(zip(layers_dims[1:], layers_dims[:-1]), start=1):
        params[f"W{l}"] = np.random.standard_normal((n, n_prev)) * (2 / n_prev) ** 0.5
        params[f"b{l}"] = np.zeros((n, 1))
    return params
