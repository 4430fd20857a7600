"""Fixtures for reference/data: the course's two-circles dataset, from numpy alone.

sklearn is not installed here, so make_circles is written out step by step exactly as sklearn runs it
(sklearn/datasets/_samples_generator.py): angles from np.linspace(endpoint=False) per circle, outer circle
first, sklearn.utils.shuffle (arange + RandomState.shuffle + fancy indexing), then
X += random_state.normal(scale=noise, size=X.shape). The course's load_dataset seeds numpy's global RNG.

Run with the real interpreter: /root/.pyenv/versions/3.11.7/bin/python3 scripts/fixtures_data.py
Writes tests/fixtures/data/circles.json (doubles as 16-hex-digit IEEE-754 bit patterns).
"""

import json
import math
import platform
import sys
from pathlib import Path

import numpy as np

OUT = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "data"


def bits(values):
    return ["%016x" % v for v in np.asarray(values, dtype=np.float64).ravel().view(np.uint64)]


def make_circles(n_samples=100, *, shuffle=True, noise=None, random_state=None, factor=0.8):
    """sklearn's make_circles for an integer n_samples; random_state None means numpy's global RandomState."""
    generator = np.random.mtrand._rand if random_state is None else random_state
    n_samples_out = n_samples // 2
    n_samples_in = n_samples - n_samples_out
    linspace_out = np.linspace(0, 2 * np.pi, n_samples_out, endpoint=False)
    linspace_in = np.linspace(0, 2 * np.pi, n_samples_in, endpoint=False)
    outer_circ_x = np.cos(linspace_out)
    outer_circ_y = np.sin(linspace_out)
    inner_circ_x = np.cos(linspace_in) * factor
    inner_circ_y = np.sin(linspace_in) * factor
    X = np.vstack([np.append(outer_circ_x, inner_circ_x), np.append(outer_circ_y, inner_circ_y)]).T
    y = np.hstack([np.zeros(n_samples_out, dtype=np.intp), np.ones(n_samples_in, dtype=np.intp)])
    order = np.arange(n_samples)
    if shuffle:  # sklearn.utils.shuffle -> resample(replace=False): indices = arange(n); shuffle(indices)
        generator.shuffle(order)
        X, y = X[order], y[order]
    clean = X.copy()
    if noise is not None:
        X += generator.normal(scale=noise, size=X.shape)
    return X, y, order, clean


def record(X, y, order, clean, **params):
    return {
        **params,
        "order": [int(i) for i in order],
        "Y": [int(v) for v in y],
        "X": [bits(X[:, 0]), bits(X[:, 1])],  # already transposed: row 0 is x, row 1 is y
        "clean": [bits(clean[:, 0]), bits(clean[:, 1])],  # before noise, after shuffling
    }


def load_dataset():
    """The course's load_dataset (plotting left out), returning what it returns after the transposes."""
    np.random.seed(1)
    train = make_circles(n_samples=300, noise=0.05)
    np.random.seed(2)
    test = make_circles(n_samples=100, noise=0.05)
    return train, test


def angle_check():
    """numpy's cos/sin on the angle grids equal C's (glibc) here: the only source the TS port cannot match."""
    out = {}
    for k in (150, 50):
        grid = np.linspace(0, 2 * np.pi, k, endpoint=False)
        assert (grid == np.arange(k) * (2 * np.pi / k)).all()
        out[str(k)] = {
            "cosEqualsGlibc": all(a == math.cos(t) for a, t in zip(np.cos(grid).tolist(), grid.tolist())),
            "sinEqualsGlibc": all(a == math.sin(t) for a, t in zip(np.sin(grid).tolist(), grid.tolist())),
        }
    return out


if __name__ == "__main__":
    assert np.__version__ == "2.4.6", np.__version__
    OUT.mkdir(parents=True, exist_ok=True)
    train, test = load_dataset()
    extra = []
    for seed, n, noise, factor in [(5, 7, 0.1, 0.5), (0, 1, 0.2, 0.8), (3, 2, 0.0, 0.3), (42, 1001, 0.05, 0.8)]:
        rs = np.random.RandomState(seed)
        extra.append(record(*make_circles(n, noise=noise, factor=factor, random_state=rs), seed=seed, nSamples=n, noise=noise, factor=factor))
    payload = {
        "provenance": {
            "generator": "scripts/fixtures_data.py",
            "numpy": np.__version__,
            "python": platform.python_version(),
            "libc": " ".join(platform.libc_ver()),
            "encoding": "doubles as 16-hex-digit IEEE-754 bit patterns; X as 2 rows (features x examples)",
        },
        "angles": angle_check(),
        "train": record(*train, seed=1, nSamples=300, noise=0.05, factor=0.8),
        "test": record(*test, seed=2, nSamples=100, noise=0.05, factor=0.8),
        "extra": extra,
    }
    path = OUT / "circles.json"
    path.write_text(json.dumps(payload, indent=1) + "\n")
    print(f"{path}: {path.stat().st_size} bytes", file=sys.stderr)
