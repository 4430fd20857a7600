#!/usr/bin/env python3
"""Golden fixtures for reference/random's libm pieces: this machine's glibc log (the one numpy's legacy
gauss calls) and glibc's fma, bit for bit. Writes tests/fixtures/random/{glibc-log,fma}.json with the
helpers of fixtures_random.py.

Run with the real interpreter (not the pyenv shim):
    /root/.pyenv/versions/3.11.7/bin/python3 scripts/fixtures_libm.py
"""

import ctypes
import math
import struct
from functools import partial
from pathlib import Path

import numpy as np

import fixtures_random
from fixtures_random import HEAD, OUT, bits, hexes, stream

write = partial(fixtures_random.write, generator="scripts/fixtures_libm.py")

libm = ctypes.CDLL("libm.so.6")
c_log = libm.log
c_log.argtypes = [ctypes.c_double]
c_log.restype = ctypes.c_double
c_fma = libm.fma
c_fma.argtypes = [ctypes.c_double] * 3
c_fma.restype = ctypes.c_double


# ---- glibc log --------------------------------------------------------------------------------------

NEAR_LO = 1.0 - 2.0**-4
NEAR_HI = 1.0 + float.fromhex("0x1.09p-4")


def glibc_log(x):
    return math.log(x) if (x > 0 and math.isfinite(x)) else c_log(x)


def log_inputs(kind, seed, count):
    """Inputs drawn from RandomState(seed); the test rebuilds them with the TypeScript RandomState."""
    rs = np.random.RandomState(seed)
    if kind == "polar":  # r2 exactly as legacy gauss forms it, accepted values only
        u = rs.random_sample(2 * count)
        x1 = 2.0 * u[0::2] - 1.0
        x2 = 2.0 * u[1::2] - 1.0
        r2 = x1 * x1 + x2 * x2
        return r2[(r2 < 1.0) & (r2 != 0.0)]
    if kind == "nearOne":  # glibc's near-1 branch [1 - 2^-4, 1 + 0x1.09p-4)
        return NEAR_LO + rs.random_sample(count) * (NEAR_HI - NEAR_LO)
    if kind == "tiny":  # u · 2^-k, k in 40..110: the smallest r2 the polar method can meet
        u = rs.random_sample(2 * count)
        return np.ldexp(u[0::2], -(40 + np.floor(u[1::2] * 71)).astype(np.int64))
    if kind == "anyPositive":  # any positive bit pattern: subnormals, normals, +inf, NaNs
        raw = rs._bit_generator.random_raw(2 * count).astype(np.uint64)
        pattern = ((raw[0::2] & np.uint64(0x7FFFFFFF)) << np.uint64(32)) | raw[1::2]
        return pattern.view(np.float64)
    raise ValueError(kind)


def special_log_inputs():
    xs = [0.0, -0.0, 1.0, math.inf, -math.inf, math.nan, -1.0, 5e-324, 2.2250738585072009e-308,
          2.2250738585072014e-308, 1.7976931348623157e308, NEAR_LO, NEAR_HI, 0.5, 2.0, math.e, 0.1, 0.3]
    xs += [np.nextafter(NEAR_LO, 0), np.nextafter(NEAR_LO, 2), np.nextafter(NEAR_HI, 0), np.nextafter(NEAR_HI, 2)]
    xs += [np.nextafter(1.0, 0), np.nextafter(1.0, 2), float.fromhex("0x1.6p-1"), float.fromhex("0x1.6p0")]
    xs += [2.0**k for k in range(-1074, 1024, 37)]
    return [float(x) for x in xs]


def libm_log_data():
    """__log_data as stored in this machine's libm.so.6: ln2hi, ln2lo, poly[5], poly1[11], tab[128] of (invc, logc).

    The symbol is not exported, so the table is located by its first two doubles (ln2hi, ln2lo) followed by
    poly[0] = -0x1.0000000000001p-1 (pow's table starts with the same ln2 pair but a different poly).
    """
    loaded = [line.split()[-1] for line in Path("/proc/self/maps").read_text().splitlines() if "/libm.so.6" in line]
    image = Path(loaded[0]).read_bytes()
    head = struct.pack("<ddd", float.fromhex("0x1.62e42fefa3800p-1"), float.fromhex("0x1.ef35793c76730p-45"), float.fromhex("-0x1.0000000000001p-1"))
    at = image.find(head)
    assert at >= 0 and image.find(head, at + 1) < 0, "expected exactly one __log_data in libm.so.6"
    return ["%016x" % v for v in struct.unpack_from("<274Q", image, at)]


def glibc_log_fixture():
    categories = []
    for kind, seed, count in [("polar", 2024, 1_000_000), ("nearOne", 2025, 200_000), ("tiny", 2026, 100_000), ("anyPositive", 2027, 200_000)]:
        xs = log_inputs(kind, seed, count)
        ys = [glibc_log(float(x)) for x in xs]
        categories.append({"kind": kind, "seed": seed, "draws": count, "inputs": stream(xs, head=0)["sha256"], "outputs": {**stream(ys, head=0), "head": hexes(ys[:HEAD])}, "inputsHead": hexes(xs[:HEAD])})
    specials = special_log_inputs()
    write("glibc-log.json", {
        "note": "outputs of this machine's glibc log (libm.so.6, __ieee754_log_fma); NaN outputs compared as NaN",
        "categories": categories,
        "specials": [[bits(x), bits(c_log(x))] for x in specials],
        "logData": libm_log_data(),
    })


# ---- fma ----------------------------------------------------------------------------------------------

def fma_fixture():
    rs = np.random.RandomState(77)

    def rnd(emin, emax, n):
        e = rs.randint(emin, emax + 1, size=n)
        m = rs.random_sample(n) + 1.0
        s = np.where(rs.random_sample(n) < 0.5, -1.0, 1.0)
        return s * m * np.exp2(e)

    cases = []

    def add(kind, a, b, c):
        for x, y, z in zip(np.asarray(a, float).tolist(), np.asarray(b, float).tolist(), np.asarray(c, float).tolist()):
            cases.append([kind, bits(x), bits(y), bits(z), bits(c_fma(x, y, z))])

    n = 400
    add("moderate", rnd(-30, 30, n), rnd(-30, 30, n), rnd(-60, 60, n))
    a, b = rnd(-20, 20, n), rnd(-20, 20, n)
    p = a * b
    add("cancellation", a, b, -p + p * np.exp2(-53.0) * rs.randint(-3, 4, size=n))
    a, b = rnd(-540, -500, n), rnd(-540, -500, n)
    add("subnormalResult", a, b, np.where(rs.random_sample(n) < 0.5, -(a * b), rnd(-1060, -1000, n)))
    raw = rs._bit_generator.random_raw(6 * n).astype(np.uint64)
    pat = ((raw[0::2] << np.uint64(32)) | raw[1::2]).view(np.float64)
    add("anyBits", pat[0::3], pat[1::3], pat[2::3])
    c = rs.random_sample(n) * np.exp2(rs.randint(-40, 41, size=n)) + 1.0
    half = np.array([math.ulp(v) / 2 for v in c.tolist()]) * rs.choice([1.0, 3.0, 0.5], size=n)
    x = rs.randint(-2**20, 2**20, size=n) * np.exp2(rs.randint(-75, -25, size=n))
    y = rs.randint(-2**20, 2**20, size=n) * np.exp2(rs.randint(-75, -25, size=n))
    add("nearTie", half * (1 + x), 1 + y, c * np.where(rs.random_sample(n) < 0.5, -1.0, 1.0))
    add("logLike", rnd(-10, -1, n), rnd(-3, 0, n), rnd(-3, 0, n))
    add("huge", rnd(500, 540, n), rnd(480, 520, n), rnd(1000, 1023, n))
    specials = [0.0, -0.0, 1.0, -1.0, math.inf, -math.inf, math.nan, 5e-324, 1.7976931348623157e308]
    for x in specials:
        for y in specials:
            for z in [0.0, -0.0, 1.0, math.inf, -math.inf, -1.7976931348623157e308]:
                cases.append(["special", bits(x), bits(y), bits(z), bits(c_fma(x, y, z))])
    write("fma.json", {"note": "[kind, a, b, c, fma(a, b, c)] from glibc's fma (libm.so.6); NaN results compared as NaN", "cases": cases})


if __name__ == "__main__":
    assert np.__version__ == "2.4.6", np.__version__
    # glibc picks its FMA log only on CPUs with FMA; the TypeScript glibcLog reproduces that variant.
    assert " fma " in Path("/proc/cpuinfo").read_text().replace("\n", " "), "this CPU lacks FMA"
    OUT.mkdir(parents=True, exist_ok=True)
    glibc_log_fixture()
    fma_fixture()
