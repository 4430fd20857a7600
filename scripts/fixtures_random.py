"""Fixtures for reference/random and reference/initializers.ts, from numpy's own RandomState (glibc's log and
fma, which the gauss draws depend on, are written by fixtures_libm.py).

Run with the real interpreter (numpy 2.4.6, glibc 2.36 on an FMA-capable x86-64 CPU):
    /root/.pyenv/versions/3.11.7/bin/python3 scripts/fixtures_random.py
Writes tests/fixtures/random/*.json. Deterministic: the same machine kind gives the same bytes.

Doubles are stored losslessly as 16-hex-digit IEEE-754 bit patterns ("3ff0000000000000" is 1.0). Long
streams are stored as a count, the sha256 of their little-endian float64 bytes, and their first values.
"""

import hashlib
import json
import platform
import sys
from pathlib import Path

import numpy as np

from course_numpy import initialize_parameters_he, initialize_parameters_random

OUT = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "random"
HEAD = 1000  # values kept explicitly at the start of each long stream



def bits(x):
    return "%016x" % (np.float64(x).view(np.uint64))


def from_bits(h):
    return float(np.uint64(int(h, 16)).view(np.float64))


def hexes(values):
    return [bits(v) for v in np.asarray(values, dtype=np.float64).ravel()]


def digest(values):
    """sha256 of the little-endian float64 bytes, NaNs made canonical (0x7ff8000000000000)."""
    a = np.array(values, dtype="<f8").ravel()
    a[np.isnan(a)] = np.nan
    return hashlib.sha256(a.tobytes()).hexdigest()


def stream(values, head=HEAD):
    a = np.asarray(values, dtype=np.float64).ravel()
    return {"count": int(a.size), "sha256": digest(a), "head": hexes(a[:head])}


def state_of(rs):
    name, key, pos, has_gauss, cached = rs.get_state()
    assert name == "MT19937"
    return {"key": [int(k) for k in key], "pos": int(pos), "hasGauss": bool(has_gauss), "cachedGaussian": bits(cached)}


def provenance(generator):
    return {
        "generator": generator,
        "numpy": np.__version__,
        "python": platform.python_version(),
        "libc": " ".join(platform.libc_ver()),
        "machine": platform.machine(),
        "encoding": "doubles as 16-hex-digit IEEE-754 bit patterns; sha256 over little-endian float64 bytes",
    }


def write(name, payload, generator="scripts/fixtures_random.py"):
    path = OUT / name
    path.write_text(json.dumps({"provenance": provenance(generator), **payload}, indent=1) + "\n")
    print(f"{path.relative_to(OUT.parent.parent.parent)}: {path.stat().st_size} bytes", file=sys.stderr)


SEEDS = [0, 1, 2, 3, 42, 12345, 2**31, 2**32 - 1]


def mt19937_fixture():
    """Raw MT19937 outputs across two state regenerations (624 words each), and the seeded key."""
    cases = []
    for seed in SEEDS:
        rs = np.random.RandomState(seed)
        key = state_of(rs)["key"]
        raw = rs._bit_generator.random_raw(1300)
        cases.append({"seed": seed, "keyHead": key[:8], "keyTail": key[-4:], "raw": [int(x) for x in raw]})
    # numpy's next_uint64 takes the first 32-bit output as the high word (random_interval's 64-bit path).
    bg = np.random.MT19937()
    bg._legacy_seeding(5)
    next64 = [int(bg.ctypes.next_uint64(bg.ctypes.state)) for _ in range(8)]
    write("mt19937.json", {"seeds": cases, "nextUint64": {"seed": 5, "values": [str(v) for v in next64]}})


def uniform_fixture():
    long = []
    for seed, count in [(0, 100_000), (42, 100_000), (2**32 - 1, 100_000)]:
        long.append({"seed": seed, "call": "rand", **stream(np.random.RandomState(seed).rand(count))})
    short = []
    for seed in SEEDS:
        short.append({"seed": seed, "shape": [7, 3], "values": hexes(np.random.RandomState(seed).rand(7, 3))})
    write("uniform.json", {"long": long, "short": short})


def gauss_fixture():
    long = []
    for seed, count in [(0, 1_000_000), (1, 200_000), (3, 200_000), (42, 200_000), (2**32 - 1, 100_000)]:
        long.append({"seed": seed, "call": "randn", **stream(np.random.RandomState(seed).randn(count))})
    shaped = []
    for seed in SEEDS:
        shaped.append({"seed": seed, "call": "randn", "shape": [4, 5], "values": hexes(np.random.RandomState(seed).randn(4, 5))})
        shaped.append({"seed": seed, "call": "standard_normal", "shape": [3, 3], "values": hexes(np.random.RandomState(seed).standard_normal((3, 3)))})
    normal = []
    for seed, loc, scale, size in [(0, 0.0, 0.05, [300, 2]), (1, 1.5, 2.0, [11]), (2, -3.25, 0.1, [2, 3, 4]), (42, 0.0, 0.0, [5]), (7, 10.0, 1e-3, [9])]:
        normal.append({"seed": seed, "loc": loc, "scale": scale, "size": size, "values": hexes(np.random.RandomState(seed).normal(loc, scale, size))})
    write("gauss.json", {"long": long, "shaped": shaped, "normal": normal})


def sequences_fixture():
    """Interleaved calls on one RandomState: the gauss cache outlives rand draws; seed() and set_state reset it."""

    def run(seed, steps):
        rs = np.random.RandomState(seed)
        saved = {}
        out = []
        for step in steps:
            call, args = step[0], list(step[1:])
            record = {"call": call, "args": args}
            if call == "rand":
                record["values"] = hexes(rs.rand(*args))
            elif call == "randn":
                record["values"] = hexes(rs.randn(*args))
            elif call == "standard_normal":
                record["values"] = hexes(rs.standard_normal(args[0]))
            elif call == "normal":
                record["values"] = hexes(rs.normal(args[0], args[1], args[2]))
            elif call == "random_sample":
                record["values"] = hexes([rs.random_sample()])
            elif call == "seed":
                rs.seed(args[0])
            elif call == "shuffle":
                a = np.arange(args[0])
                rs.shuffle(a)
                record["values"] = [int(v) for v in a]
            elif call == "permutation":
                record["values"] = [int(v) for v in rs.permutation(args[0])]
            elif call == "get_state":
                saved[args[0]] = rs.get_state()
                record["state"] = state_of(rs)
            elif call == "set_state":
                rs.set_state(saved[args[0]])
            else:
                raise ValueError(call)
            out.append(record)
        return {"seed": seed, "steps": out}

    sequences = [
        run(0, [("randn", 1), ("rand", 2), ("randn", 1), ("randn", 1), ("rand", 1), ("randn", 3), ("get_state", "a")]),
        run(1, [("randn", 3), ("get_state", "odd"), ("rand", 4), ("random_sample",), ("randn", 1), ("randn", 2)]),
        run(2, [("randn", 1), ("seed", 2), ("randn", 1), ("randn", 1), ("seed", 9), ("randn", 2), ("get_state", "s")]),
        run(3, [("randn", 1), ("get_state", "x"), ("randn", 5), ("set_state", "x"), ("randn", 5), ("rand", 2)]),
        run(42, [("standard_normal", 3), ("normal", 1.0, 2.0, 3), ("shuffle", 10), ("randn", 1), ("permutation", 6), ("randn", 1)]),
        run(5, [("rand", 311), ("randn", 7), ("get_state", "w"), ("rand", 1), ("randn", 1), ("get_state", "v")]),
    ]
    write("sequences.json", {"sequences": sequences})


def shuffle_fixture():
    cases = []
    for seed, n in [(0, 0), (0, 1), (0, 2), (1, 5), (2, 10), (3, 100), (42, 1000), (7, 65537), (2**32 - 1, 300)]:
        a = np.arange(n)
        rs = np.random.RandomState(seed)
        rs.shuffle(a)
        after = rs.rand(2)  # the stream position after the shuffle, to pin the number of draws consumed
        cases.append({"seed": seed, "call": "shuffle", "n": n, **stream(a, head=2000), "next": hexes(after)})
    for seed, n in [(1, 10), (2, 300), (2, 100), (11, 4096)]:
        p = np.random.RandomState(seed).permutation(n)
        cases.append({"seed": seed, "call": "permutation", "n": n, **stream(p, head=2000)})
    write("shuffle.json", {"cases": cases})


def state_fixture():
    cases = []
    for seed, draws in [(0, []), (0, [("rand", 5), ("randn", 3)]), (1, [("randn", 4)]), (2**32 - 1, [("rand", 700)])]:
        rs = np.random.RandomState(seed)
        for call, n in draws:
            getattr(rs, call)(n)
        cases.append({"seed": seed, "draws": [list(d) for d in draws], "state": state_of(rs), "next": hexes(rs.randn(3))})
    write("state.json", {"cases": cases})


def initializers_fixture():
    dims_list = [[3, 2, 1], [2, 4, 1], [3, 1, 2], [2, 10, 5, 1], [1, 1], [5, 5, 5, 5, 5, 5, 5, 5], [7, 1, 7],
                 [784, 128, 64, 10], [2, 300, 1], [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]]
    cases = []
    for kind, fn in [("random", initialize_parameters_random), ("he", initialize_parameters_he)]:
        for dims in dims_list:
            params = fn(dims)
            out = {}
            for name, value in params.items():
                entry = {"shape": list(value.shape)}
                if name.startswith("W"):
                    entry.update(stream(value, head=2000))
                else:
                    assert not value.any()
                out[name] = entry
            cases.append({"kind": kind, "layersDims": dims, "parameters": out})
    write("initializers.json", {"cases": cases})


if __name__ == "__main__":
    assert np.__version__ == "2.4.6", np.__version__
    # glibc picks its FMA log only on CPUs with FMA; the TypeScript glibcLog reproduces that variant.
    assert " fma " in Path("/proc/cpuinfo").read_text().replace("\n", " "), "this CPU lacks FMA"
    OUT.mkdir(parents=True, exist_ok=True)
    mt19937_fixture()
    uniform_fixture()
    gauss_fixture()
    sequences_fixture()
    shuffle_fixture()
    state_fixture()
    initializers_fixture()
