"""The course's numpy code, shared by the fixture scripts: the Initialization notebook's initializers,
its model (init_utils.py, generalised to any depth and hidden activation) and its dataset (sklearn's
make_circles re-implemented step by step, as DESIGN.md section 1 describes it), on numpy's global legacy
RandomState as the course uses it."""

import numpy as np

COURSE_LOG_EVERY = 1000  # model() keeps the cost every 1000 iterations
INIT_SEED = 3  # np.random.seed(3) in initialize_parameters_random / _he
RANDOM_INIT_SCALE = 10
CIRCLES_NOISE = 0.05
CIRCLES_FACTOR = 0.8


# ---------------------------------------------------------------------------------------------
# The course's model (init_utils.py), generalised to any depth and hidden activation.


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def relu(x):
    return np.maximum(0, x)


HIDDEN = {"relu": relu, "tanh": np.tanh, "sigmoid": sigmoid}


def hidden_derivative(name, a):
    """g'(z) written in terms of a = g(z), as the course writes it (np.int64(a > 0) for relu)."""
    if name == "relu":
        return np.int64(a > 0)
    if name == "tanh":
        return 1 - np.power(a, 2)
    return a * (1 - a)


def forward_propagation(X, parameters, activation):
    L = len(parameters) // 2
    A = X
    zs, activations = [], [X]
    for l in range(1, L + 1):
        Z = np.dot(parameters["W%d" % l], A) + parameters["b%d" % l]
        A = sigmoid(Z) if l == L else HIDDEN[activation](Z)
        zs.append(Z)
        activations.append(A)
    return A, (zs, activations)


def compute_loss(a3, Y):
    m = Y.shape[1]
    logprobs = np.multiply(-np.log(a3), Y) + np.multiply(-np.log(1 - a3), 1 - Y)
    loss = 1.0 / m * np.nansum(logprobs)
    return loss


def backward_propagation(X, Y, parameters, cache, activation):
    m = X.shape[1]
    L = len(parameters) // 2
    _, activations = cache
    grads = {}
    dz = 1.0 / m * (activations[L] - Y)
    for l in range(L, 0, -1):
        a_prev = activations[l - 1]
        grads["dW%d" % l] = np.dot(dz, a_prev.T)
        grads["db%d" % l] = np.sum(dz, axis=1, keepdims=True)
        if l > 1:
            da = np.dot(parameters["W%d" % l].T, dz)
            dz = np.multiply(da, hidden_derivative(activation, a_prev))
    return grads


def update_parameters(parameters, grads, learning_rate):
    L = len(parameters) // 2
    out = {}
    for k in range(1, L + 1):
        out["W%d" % k] = parameters["W%d" % k] - learning_rate * grads["dW%d" % k]
        out["b%d" % k] = parameters["b%d" % k] - learning_rate * grads["db%d" % k]
    return out


def predict(X, y, parameters, activation="relu"):
    a3, _ = forward_propagation(X, parameters, activation)
    p = (a3 > 0.5).astype(np.int64)
    return float(np.mean(p[0, :] == y[0, :]))


def model(X, Y, parameters, learning_rate, num_iterations, activation="relu"):
    costs = []
    for i in range(num_iterations):
        a3, cache = forward_propagation(X, parameters, activation)
        cost = compute_loss(a3, Y)
        grads = backward_propagation(X, Y, parameters, cache, activation)
        parameters = update_parameters(parameters, grads, learning_rate)
        if i % COURSE_LOG_EVERY == 0:
            costs.append({"iteration": i, "cost": float(cost)})
    return costs, parameters


# ---------------------------------------------------------------------------------------------
# Data and initialisation, on numpy's global legacy RandomState, as the course uses it.


def make_circles(n_samples, noise, factor=CIRCLES_FACTOR):
    """sklearn.datasets.make_circles(n_samples, shuffle=True, noise, random_state=None, factor)."""
    n_out = n_samples // 2
    n_in = n_samples - n_out
    angles_out = np.linspace(0, 2 * np.pi, n_out, endpoint=False)
    angles_in = np.linspace(0, 2 * np.pi, n_in, endpoint=False)
    X = np.vstack(
        [
            np.append(np.cos(angles_out), np.cos(angles_in) * factor),
            np.append(np.sin(angles_out), np.sin(angles_in) * factor),
        ]
    ).T
    y = np.hstack([np.zeros(n_out, dtype=np.intp), np.ones(n_in, dtype=np.intp)])
    idx = np.arange(n_samples)
    np.random.shuffle(idx)
    X = X[idx]
    y = y[idx]
    X += np.random.normal(scale=noise, size=X.shape)
    return X, y


def load_dataset():
    np.random.seed(1)
    train_X, train_Y = make_circles(300, CIRCLES_NOISE)
    np.random.seed(2)
    test_X, test_Y = make_circles(100, CIRCLES_NOISE)
    return train_X.T, train_Y.reshape((1, -1)), test_X.T, test_Y.reshape((1, -1))


# ---------------------------------------------------------------------------------------------
# The three graded functions, as the course's solution writes them.


def initialize_parameters_zeros(layers_dims):
    parameters = {}
    for l in range(1, len(layers_dims)):
        parameters["W" + str(l)] = np.zeros((layers_dims[l], layers_dims[l - 1]))
        parameters["b" + str(l)] = np.zeros((layers_dims[l], 1))
    return parameters


def initialize_parameters_random(layers_dims):
    np.random.seed(INIT_SEED)
    parameters = {}
    L = len(layers_dims)
    for l in range(1, L):
        parameters["W" + str(l)] = np.random.randn(layers_dims[l], layers_dims[l - 1]) * RANDOM_INIT_SCALE
        parameters["b" + str(l)] = np.zeros((layers_dims[l], 1))
    return parameters


def initialize_parameters_he(layers_dims):
    np.random.seed(INIT_SEED)
    parameters = {}
    L = len(layers_dims) - 1
    for l in range(1, L + 1):
        parameters["W" + str(l)] = np.random.randn(layers_dims[l], layers_dims[l - 1]) * np.sqrt(2 / layers_dims[l - 1])
        parameters["b" + str(l)] = np.zeros((layers_dims[l], 1))
    return parameters


INITIALIZERS = {"zeros": initialize_parameters_zeros, "random": initialize_parameters_random, "he": initialize_parameters_he}


def initialize(layers, kind):
    return INITIALIZERS[kind](layers)
