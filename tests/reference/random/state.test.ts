// getState / setState against numpy's get_state(): the key, position and gauss cache, exactly.
import { describe, expect, it } from "vitest";
import { RandomState } from "../../../reference/random/random-state.js";
import { fromBits, fromBitsList, readFixture } from "./fixture-io.js";

interface Case {
  readonly seed: number;
  readonly draws: [string, number][];
  readonly state: { key: number[]; pos: number; hasGauss: boolean; cachedGaussian: string };
  readonly next: string[];
}
const { cases } = readFixture<{ cases: Case[] }>("random/state.json");

function stateAfter({ seed, draws }: Case): RandomState {
  const rs = new RandomState(seed);
  for (const [call, n] of draws) {
    if (call === "rand") rs.rand(n);
    else rs.randn(n);
  }
  return rs;
}

describe("getState (tolerance: none, equal to numpy's get_state())", () => {
  for (const c of cases) {
    const label = c.draws.map(([call, n]) => `${call}(${n})`).join(", ") || "no draws";
    it(`seed ${c.seed} after ${label}`, () => {
      const { key, pos, hasGauss, cachedGaussian } = stateAfter(c).getState();
      expect({ key, pos, hasGauss, cachedGaussian }).toEqual({
        ...c.state,
        cachedGaussian: fromBits(c.state.cachedGaussian),
      });
    });

    it(`seed ${c.seed} after ${label}: setState on a fresh generator continues numpy's stream`, () => {
      const rs = new RandomState(12345);
      rs.randn(1);
      rs.setState({ ...c.state, cachedGaussian: fromBits(c.state.cachedGaussian) });
      expect(rs.randn(3)).toEqual(fromBitsList(c.next));
    });
  }

  it("returns a copy that later draws do not change", () => {
    const rs = new RandomState(0);
    const before = rs.getState();
    const key = [...before.key];
    rs.rand(1000);
    expect(before.key).toEqual(key);
    expect(before.pos).toBe(624);
  });
});

describe("setState refuses malformed states, naming the field", () => {
  const good = new RandomState(0).getState();

  it("checks the key length and words", () => {
    expect(() => new RandomState(0).setState({ ...good, key: good.key.slice(1) })).toThrow(
      "RandomState state key: expected 624 unsigned 32-bit integers, got 623 values",
    );
    const key = [...good.key];
    key[5] = -1;
    expect(() => new RandomState(0).setState({ ...good, key })).toThrow(
      "RandomState state key[5]: expected an unsigned 32-bit integer, got -1",
    );
  });

  it("checks pos, hasGauss and cachedGaussian", () => {
    expect(() => new RandomState(0).setState({ ...good, pos: 625 })).toThrow(
      "RandomState state pos: expected an integer from 0 to 624, got 625",
    );
    const bad = { ...good, hasGauss: 1 } as unknown as typeof good;
    expect(() => new RandomState(0).setState(bad)).toThrow(
      "RandomState state hasGauss: expected a boolean, got 1",
    );
  });
});
