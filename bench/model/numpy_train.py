"""Textbook numpy training of the course model, timed from inside (no interpreter start-up).

Usage: python3 numpy_train.py FIXTURE_JSON [ITERATIONS]
Reads the circles training data and the He initial parameters from the fixture written by
scripts/fixtures_model.py, trains as the course's model() does (forward, loss, backward, update,
cost logged every 1000 iterations), and prints one JSON line: {"seconds", "iterations", "finalCost"}.
"""

import json
import sys
import time

import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def relu(x):
    return np.maximum(0, x)


def forward_propagation(X, p):
    z1 = np.dot(p["W1"], X) + p["b1"]
    a1 = relu(z1)
    z2 = np.dot(p["W2"], a1) + p["b2"]
    a2 = relu(z2)
    z3 = np.dot(p["W3"], a2) + p["b3"]
    a3 = sigmoid(z3)
    return a3, (z1, a1, z2, a2, z3, a3)


def compute_loss(a3, Y):
    m = Y.shape[1]
    logprobs = np.multiply(-np.log(a3), Y) + np.multiply(-np.log(1 - a3), 1 - Y)
    return 1.0 / m * np.nansum(logprobs)


def backward_propagation(X, Y, p, cache):
    m = X.shape[1]
    z1, a1, z2, a2, z3, a3 = cache
    dz3 = 1.0 / m * (a3 - Y)
    dW3 = np.dot(dz3, a2.T)
    db3 = np.sum(dz3, axis=1, keepdims=True)
    da2 = np.dot(p["W3"].T, dz3)
    dz2 = np.multiply(da2, np.int64(a2 > 0))
    dW2 = np.dot(dz2, a1.T)
    db2 = np.sum(dz2, axis=1, keepdims=True)
    da1 = np.dot(p["W2"].T, dz2)
    dz1 = np.multiply(da1, np.int64(a1 > 0))
    dW1 = np.dot(dz1, X.T)
    db1 = np.sum(dz1, axis=1, keepdims=True)
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2, "dW3": dW3, "db3": db3}


def update_parameters(p, grads, learning_rate):
    for k in range(1, 4):
        p["W%d" % k] = p["W%d" % k] - learning_rate * grads["dW%d" % k]
        p["b%d" % k] = p["b%d" % k] - learning_rate * grads["db%d" % k]
    return p


def main():
    with open(sys.argv[1]) as f:
        fixture = json.load(f)
    iterations = int(sys.argv[2]) if len(sys.argv) > 2 else fixture["iterations"]
    X = np.array(fixture["train"]["X"], dtype=np.float64)
    Y = np.array(fixture["train"]["Y"], dtype=np.int64)
    p = {k: np.array(v, dtype=np.float64) for k, v in fixture["runs"]["he"]["initialParameters"].items()}
    learning_rate = fixture["learningRate"]
    costs = []
    start = time.perf_counter()
    for i in range(iterations):
        a3, cache = forward_propagation(X, p)
        cost = compute_loss(a3, Y)
        grads = backward_propagation(X, Y, p, cache)
        p = update_parameters(p, grads, learning_rate)
        if i % 1000 == 0:
            costs.append(cost)
    seconds = time.perf_counter() - start
    print(json.dumps({"seconds": seconds, "iterations": iterations, "finalCost": float(costs[-1])}))


if __name__ == "__main__":
    main()
