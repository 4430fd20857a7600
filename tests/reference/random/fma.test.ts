// fma against glibc's fma (fixture) and against the exact BigInt path; every comparison is bit for bit.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fma } from "../../../reference/random/fma.js";
import { fmaExact } from "../../../reference/random/fma-exact.js";
import { fromBits, readFixture, toBits } from "./fixture-io.js";

type FmaCase = [kind: string, a: string, b: string, c: string, result: string];
const { cases } = readFixture<{ cases: FmaCase[] }>("random/fma.json");

// Bit-identical, except that any NaN matches any NaN (payloads are not specified by IEEE 754).
function sameDouble(x: number, y: number): boolean {
  return Object.is(x, y) || (Number.isNaN(x) && Number.isNaN(y));
}

function mismatches(f: (a: number, b: number, c: number) => number): string[] {
  const out: string[] = [];
  for (const [kind, a, b, c, r] of cases) {
    const got = f(fromBits(a), fromBits(b), fromBits(c));
    if (!sameDouble(got, fromBits(r))) out.push(`${kind} fma(${a}, ${b}, ${c}) = ${toBits(got)}, glibc ${r}`);
  }
  return out;
}

describe("fma (tolerance: none, bit-identical to glibc's fma)", () => {
  it("covers every kind of case in the fixture", () => {
    const kinds = new Set(cases.map(([kind]) => kind));
    expect([...kinds].sort()).toEqual(
      [
        "anyBits",
        "cancellation",
        "huge",
        "logLike",
        "moderate",
        "nearTie",
        "special",
        "subnormalResult",
      ].sort(),
    );
    expect(cases.length).toBeGreaterThan(3000);
  });

  it("matches glibc's fma on every fixture case", () => {
    expect(mismatches(fma)).toEqual([]);
  });

  it("matches glibc's fma on every fixture case through the exact BigInt path too", () => {
    expect(mismatches(fmaExact)).toEqual([]);
  });

  it("rounds once where multiply-then-add rounds twice", () => {
    expect(0.1 * 10 - 1).toBe(0);
    expect(fma(0.1, 10, -1)).toBe(5.551115123125783e-17);
    // (1 + 2^-30)(1 − 2^-30) = 1 − 2^-60: the product alone rounds to 1.
    expect(fma(1 + 2 ** -30, 1 - 2 ** -30, -1)).toBe(-(2 ** -60));
  });

  it("gives signed zeros, subnormals and infinities as IEEE 754 specifies", () => {
    expect(Object.is(fma(1, 1, -1), 0)).toBe(true);
    expect(Object.is(fma(-0, 1, -0), -0)).toBe(true);
    expect(Object.is(fma(-(2 ** -600), 2 ** -600, 0), -0)).toBe(true);
    expect(fma(2 ** -537, 2 ** -537, 0)).toBe(2 ** -1074);
    expect(fma(2 ** 600, 2 ** 600, -Infinity)).toBe(-Infinity);
    // The product alone overflows; the fused result does not.
    expect(2 ** 512 * 2 ** 512).toBe(Infinity);
    expect(fma(2 ** 512, 2 ** 512, -(2 ** 1023))).toBe(2 ** 1023);
    expect(fma(2 ** 1000, 2 ** 30, -(2 ** 1023))).toBe(Infinity);
    expect(Number.isNaN(fma(Infinity, 0, 1))).toBe(true);
  });
});

describe("fma fast path against the exact path (property, tolerance: none)", () => {
  const sameAsExact = (a: number, b: number, c: number) => sameDouble(fma(a, b, c), fmaExact(a, b, c));

  it("agrees on arbitrary doubles, including specials", () => {
    fc.assert(fc.property(fc.double(), fc.double(), fc.double(), sameAsExact), {
      numRuns: 20_000,
      seed: 20240611,
    });
  });

  it("agrees where the fast path runs: moderate exponents and heavy cancellation", () => {
    const moderate = fc.double({ min: -1e6, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(moderate, moderate, fc.integer({ min: -4, max: 4 }), (a, b, k) => {
        const c = -(a * b) * (1 + k * 2 ** -52);
        return sameAsExact(a, b, c) && sameAsExact(a, b, -(a * b));
      }),
      { numRuns: 20_000, seed: 7 },
    );
  });
});
