// Argument checks of RandomState: what numpy refuses, refused with a message naming the argument and value.
import { describe, expect, it } from "vitest";
import { RandomState } from "../../../reference/random/random-state.js";

describe("RandomState seeds", () => {
  it("accepts every integer from 0 to 2**32 - 1", () => {
    expect(() => new RandomState(0)).not.toThrow();
    expect(() => new RandomState(2 ** 32 - 1)).not.toThrow();
  });

  it("refuses what numpy's legacy seeding refuses, naming the value", () => {
    for (const seed of [-1, 2 ** 32, 1.5, Number.NaN, Infinity]) {
      expect(() => new RandomState(seed)).toThrow(
        `RandomState seed: expected an integer from 0 to 2**32 - 1, got ${seed}`,
      );
    }
    expect(() => new RandomState(0).seed(-3)).toThrow(RangeError);
  });
});

describe("sizes and shapes", () => {
  it("refuses negative or fractional dimensions, naming the position", () => {
    const rs = new RandomState(0);
    expect(() => rs.rand(2, -1)).toThrow("rand shape[1]: expected a non-negative integer, got -1");
    expect(() => rs.randn(1.5)).toThrow("randn shape[0]: expected a non-negative integer, got 1.5");
    expect(() => rs.standardNormal(-2)).toThrow(
      "standardNormal size: expected a non-negative integer, got -2",
    );
    expect(() => rs.normal(0, 1, [2, Number.NaN])).toThrow(
      "normal size[1]: expected a non-negative integer, got NaN",
    );
    expect(() => rs.permutation(-1)).toThrow("permutation n: expected a non-negative integer, got -1");
  });

  it("refuses a negative scale like numpy ('scale < 0') and a bad interval bound", () => {
    const rs = new RandomState(0);
    expect(() => rs.normal(0, -1, 3)).toThrow("normal scale: expected a non-negative number, got -1");
    expect(() => rs.randomInterval(-1)).toThrow(
      "randomInterval max: expected an integer from 0 to 2**53 - 1, got -1",
    );
    expect(() => rs.randomInterval(2 ** 53)).toThrow(RangeError);
  });

  it("draws nothing when an argument is refused", () => {
    const rs = new RandomState(0);
    expect(() => rs.rand(-1)).toThrow();
    expect(rs.getState()).toEqual(new RandomState(0).getState());
  });
});
