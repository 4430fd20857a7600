#!/usr/bin/env python3
"""Golden fixtures for reference/model: the course's network computed by numpy.

Writes tests/fixtures/model/{steps,loss,sums,course}.json. Needs only numpy (no sklearn):
make_circles is re-implemented below, step by step, as DESIGN.md section 1 describes it.

Run with the real interpreter (not the pyenv shim):
    /root/.pyenv/versions/3.11.7/bin/python3 scripts/fixtures_model.py

Non-finite floats are written as the strings "Infinity", "-Infinity" and "NaN" (JSON has no
literal for them); every finite float is written with repr(), which round-trips exactly.
"""

import json
import math
import os
import sys

import numpy as np

from course_numpy import COURSE_LOG_EVERY, backward_propagation, compute_loss, forward_propagation, initialize, load_dataset, model, predict, update_parameters

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "model")

# Published numbers of the course's model() on the circles data (DESIGN.md section 1).
PUBLISHED_HE_COST_0 = 0.8830537463419761
PUBLISHED_HE_ACCURACY = (0.9933333333333333, 0.96)
PUBLISHED_ZEROS_COST = 0.6931471805599453
PUBLISHED_ZEROS_ACCURACY = (0.5, 0.5)
PUBLISHED_RANDOM_ACCURACY = (0.83, 0.86)

COURSE_LAYERS = [2, 10, 5, 1]
COURSE_LEARNING_RATE = 0.01
COURSE_ITERATIONS = 15000

failures = []


# ---------------------------------------------------------------------------------------------
# JSON encoding.


def num(x):
    x = float(x)
    if math.isnan(x):
        return "NaN"
    if math.isinf(x):
        return "Infinity" if x > 0 else "-Infinity"
    return x


def mat(a):
    a = np.asarray(a)
    if a.ndim == 1:
        a = a.reshape(1, -1)
    return [[num(v) for v in row] for row in a]


def params_json(parameters):
    return {k: mat(v) for k, v in parameters.items()}


def write(name, payload):
    payload = {"generator": "scripts/fixtures_model.py", "numpy": np.__version__, **payload}
    path = os.path.join(OUT_DIR, name)
    with open(path, "w") as f:
        json.dump(payload, f, allow_nan=False, separators=(",", ":"))
        f.write("\n")
    print("wrote", os.path.relpath(path, ROOT))


def check_zeros_checkpoints(costs):
    """The course publishes 0.6931471805599453 at every checkpoint of the zeros run.

    In floating point the output bias does move: db3 = np.sum(1/m * (0.5 - y)) over the balanced
    labels is -2.6e-18, not 0 (pairwise rounding of +-1/600), so b3 drifts to about 1.5e-16 over
    15000 iterations. Whether a3 = sigmoid(b3) is then 0.5 or 0.5 + 1 ulp depends on how np.exp
    rounds exp(-1.5e-16): numpy's AVX-512 exp (used on this machine) and libm's differ there, so a
    few checkpoints read 0.6931471805599455. Tolerated: 2 ulp of ln 2; anything more is an error.
    """
    tolerance = 2 * math.ulp(PUBLISHED_ZEROS_COST)
    off = [c for c in costs if c["cost"] != PUBLISHED_ZEROS_COST]
    for c in off:
        if abs(c["cost"] - PUBLISHED_ZEROS_COST) > tolerance:
            failures.append("zeros cost at iteration %d: %r is more than 2 ulp from %r" % (c["iteration"], c["cost"], PUBLISHED_ZEROS_COST))
    if off:
        sys.stdout.flush()
        bar = "~" * 78
        print(bar, file=sys.stderr)
        print("WARNING: zeros run: published cost 0.6931471805599453 NOT reproduced exactly at", file=sys.stderr)
        for c in off:
            print("  iteration %5d: %r" % (c["iteration"], c["cost"]), file=sys.stderr)
        print("  (within 2 ulp; cause: b3 drifts by rounding, np.exp's last bit decides; see", file=sys.stderr)
        print("  check_zeros_checkpoints in scripts/fixtures_model.py)", file=sys.stderr)
        print(bar, file=sys.stderr)


def expect(what, got, want):
    same = got == want or (isinstance(got, float) and math.isnan(got) and math.isnan(want))
    if not same:
        failures.append("%s: numpy gives %r, the course publishes %r" % (what, got, want))


# ---------------------------------------------------------------------------------------------
# Fixture 1: a few gradient-descent steps from given parameters on small random data.

STEP_CASES = [
    # name, hidden activation, layer sizes, m, parameter scale, learning rate, steps, seed
    ("relu-course-shape", "relu", [2, 10, 5, 1], 20, 0.7, 0.5, 3, 11),
    ("relu-logistic", "relu", [3, 1], 17, 1.0, 0.3, 3, 12),
    ("tanh-three-layers", "tanh", [4, 6, 3, 1], 25, 0.8, 0.2, 3, 13),
    ("sigmoid-two-layers", "sigmoid", [3, 5, 1], 19, 1.5, 1.0, 3, 14),
    ("relu-five-layers", "relu", [5, 4, 4, 4, 3, 1], 33, 0.9, 0.1, 4, 15),
    ("tanh-width-one", "tanh", [2, 1, 1], 9, 1.2, 0.5, 3, 16),
    ("sigmoid-wide", "sigmoid", [6, 16, 1], 140, 0.5, 2.0, 2, 17),
]


def step_case(name, activation, layers, m, scale, learning_rate, steps, seed):
    rs = np.random.RandomState(seed)
    X = rs.randn(layers[0], m)
    Y = rs.randint(0, 2, size=(1, m))
    parameters = {}
    for l in range(1, len(layers)):
        parameters["W%d" % l] = rs.randn(layers[l], layers[l - 1]) * scale
        parameters["b%d" % l] = rs.randn(layers[l], 1) * scale
    initial = params_json(parameters)
    trace = []
    for step in range(steps):
        AL, cache = forward_propagation(X, parameters, activation)
        cost = compute_loss(AL, Y)
        grads = backward_propagation(X, Y, parameters, cache, activation)
        parameters = update_parameters(parameters, grads, learning_rate)
        zs, activations = cache
        record = {
            "cost": num(cost),
            "gradients": {k: mat(v) for k, v in grads.items()},
            "parameters": params_json(parameters),
        }
        if step == 0:  # the forward cache of the first step is enough to test forward()
            record["Z"] = [mat(z) for z in zs]
            record["A"] = [mat(a) for a in activations[1:]]
        trace.append(record)
    return {
        "name": name,
        "activation": activation,
        "layers": layers,
        "seed": seed,
        "scale": scale,
        "learningRate": learning_rate,
        "X": mat(X),
        "Y": mat(Y),
        "parameters": initial,
        "steps": trace,
    }


# ---------------------------------------------------------------------------------------------
# Fixture 2: compute_loss edge cases (saturation, NaN dropping) and numpy's pairwise sums.


def loss_cases():
    rs = np.random.RandomState(21)
    cases = [
        ("saturated-wrong-a1-y0", [[1.0, 0.3, 0.6]], [[0, 0, 1]]),
        ("saturated-wrong-a0-y1", [[0.0, 0.3]], [[1, 1]]),
        ("saturated-right-a1-y1", [[1.0, 0.3, 0.6, 0.9]], [[1, 0, 1, 1]]),
        ("saturated-right-a0-y0", [[0.0, 0.25]], [[0, 1]]),
        ("all-saturated-right", [[1.0, 0.0, 1.0]], [[1, 0, 1]]),
        ("mix-right-and-wrong", [[1.0, 0.0, 1.0, 0.5, 0.2]], [[1, 0, 0, 1, 0]]),
        ("half-everywhere", [[0.5] * 6], [[0, 1, 0, 1, 1, 1]]),
        ("random-small", rs.uniform(0.01, 0.99, size=(1, 7)), rs.randint(0, 2, size=(1, 7))),
    ]
    # Long rows with values spread over many magnitudes: pairwise and sequential sums differ here.
    for m in (129, 300, 1000):
        a = 1 / (1 + np.exp(-rs.randn(1, m) * 12))
        a[0, :: 37] = 1.0  # some saturated right answers (NaN terms) when y = 1
        y = rs.randint(0, 2, size=(1, m))
        y[0, :: 37] = 1
        cases.append(("pairwise-m%d" % m, a, y))
    out = []
    for name, a, y in cases:
        a = np.asarray(a, dtype=np.float64)
        y = np.asarray(y, dtype=np.int64)
        with np.errstate(divide="ignore", invalid="ignore"):
            loss = compute_loss(a, y)
        out.append({"name": name, "AL": mat(a), "Y": mat(y), "loss": num(loss)})
    return out


SUM_LENGTHS = [1, 2, 7, 8, 9, 15, 16, 17, 127, 128, 129, 130, 255, 256, 257, 300, 511, 1000, 2051]


def sum_cases():
    rs = np.random.RandomState(31)
    out = []
    for n in SUM_LENGTHS:
        a = rs.randn(n) * np.exp(rs.randn(n) * 4)
        sequential = 0.0
        for v in a:
            sequential += v
        out.append({"values": [num(v) for v in a], "sum": num(np.sum(a)), "sequential": num(sequential)})
    rows = rs.randn(5, 300) * np.exp(rs.randn(5, 300) * 4)
    return {"vectors": out, "rows": {"M": mat(rows), "rowSums": mat(np.sum(rows, axis=1, keepdims=True))}}


# ---------------------------------------------------------------------------------------------
# Fixture 3: the course's three runs of model() on the circles data.


def course_runs():
    train_X, train_Y, test_X, test_Y = load_dataset()
    if int(train_Y.sum()) != 150 or int(test_Y.sum()) != 50:
        failures.append("circles data: expected 150/150 and 50/50 labels")
    runs = {}
    for kind in ("zeros", "random", "he"):
        initial = initialize(COURSE_LAYERS, kind)
        with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
            costs, final = model(train_X, train_Y, initial, COURSE_LEARNING_RATE, COURSE_ITERATIONS)
            train_accuracy = predict(train_X, train_Y, final)
            test_accuracy = predict(test_X, test_Y, final)
        runs[kind] = {
            "initialParameters": params_json(initial),
            "costs": [{"iteration": c["iteration"], "cost": num(c["cost"])} for c in costs],
            "trainAccuracy": train_accuracy,
            "testAccuracy": test_accuracy,
            "finalParameters": params_json(final),
        }
        print("%-6s cost[0]=%r  accuracy %r / %r" % (kind, costs[0]["cost"], train_accuracy, test_accuracy))

    he, zeros, rand = runs["he"], runs["zeros"], runs["random"]
    expect("he cost at iteration 0", he["costs"][0]["cost"], PUBLISHED_HE_COST_0)
    expect("he accuracies", (he["trainAccuracy"], he["testAccuracy"]), PUBLISHED_HE_ACCURACY)
    expect("zeros cost at iteration 0", zeros["costs"][0]["cost"], PUBLISHED_ZEROS_COST)
    check_zeros_checkpoints(zeros["costs"])
    expect("zeros accuracies", (zeros["trainAccuracy"], zeros["testAccuracy"]), PUBLISHED_ZEROS_ACCURACY)
    expect("random cost at iteration 0", rand["costs"][0]["cost"], "Infinity")
    expect("random accuracies", (rand["trainAccuracy"], rand["testAccuracy"]), PUBLISHED_RANDOM_ACCURACY)
    return {
        "layers": COURSE_LAYERS,
        "learningRate": COURSE_LEARNING_RATE,
        "iterations": COURSE_ITERATIONS,
        "logEvery": COURSE_LOG_EVERY,
        "train": {"X": mat(train_X), "Y": mat(train_Y)},
        "test": {"X": mat(test_X), "Y": mat(test_Y)},
        "runs": runs,
    }


def main():
    os.makedirs(OUT_DIR, exist_ok=True)
    steps = [step_case(*case) for case in STEP_CASES]
    write("steps.json", {"cases": steps})
    write("loss.json", {"cases": loss_cases()})
    write("sums.json", sum_cases())
    write("course.json", course_runs())
    if failures:
        sys.stdout.flush()
        bar = "!" * 78
        print(bar, file=sys.stderr)
        print("ERROR: numpy does NOT reproduce the course's published numbers:", file=sys.stderr)
        for f in failures:
            print("  - " + f, file=sys.stderr)
        print(bar, file=sys.stderr)
        sys.exit(1)
    print("numpy reproduces the published numbers of DESIGN.md section 1 (warnings, if any, above)")


if __name__ == "__main__":
    main()
