import { describe, expect, it } from "vitest";
import { decodeParameters } from "../../../grader/checks/evidence/observed-parameters.js";
import type { WireValue } from "../../../grader/runners/types.js";

const column = (data: (number | "NaN" | "Infinity")[]): WireValue => ({
  $array: { shape: [data.length, 1], dtype: "float64", data },
});

describe("decodeParameters", () => {
  it("reads a dict of numpy arrays, restoring NaN and infinities", () => {
    const decoded = decodeParameters({ $dict: [["b2", column([0, "NaN", "Infinity"])]] });
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    const b2 = decoded.params.arrays.get("b2");
    expect(b2?.shape).toEqual([3, 1]);
    expect(Array.from(b2?.data ?? [])).toEqual([0, Number.NaN, Number.POSITIVE_INFINITY]);
    expect(b2?.container).toBe("ndarray");
  });

  it.each<[string, WireValue, string]>([
    ["a list", { $list: [] }, "returned a list, expected a dict of arrays"],
    ["None", null, "returned None, expected a dict of arrays"],
    ["a tuple", { $tuple: [{ $dict: [] }, { $dict: [] }] }, "returned a tuple, expected a dict of arrays"],
    [
      "an array",
      { $array: { shape: [2], dtype: "float64", data: [1, 2] } },
      "returned a numpy array of shape (2,), expected a dict of arrays",
    ],
    [
      "another object",
      { $other: { type: "DataFrame", repr: "…" } },
      "returned a DataFrame, expected a dict of arrays",
    ],
  ])("names %s where a dict was expected", (name, value, problem) => {
    expect(decodeParameters(value)).toEqual({
      ok: false,
      problem,
      returned:
        name === "another object"
          ? "a DataFrame"
          : name === "an array"
            ? "a numpy array of shape (2,)"
            : name,
    });
  });

  it("converts a nested Python list but remembers it was one", () => {
    const decoded = decodeParameters({ $dict: [["W1", { $list: [{ $list: [1, 2] }, { $list: [3, 4] }] }]] });
    if (!decoded.ok) throw new Error(decoded.problem);
    expect(decoded.params.arrays.get("W1")).toMatchObject({
      shape: [2, 2],
      container: "list",
      dtype: "list",
    });
  });

  it("names entries that are not arrays", () => {
    const decoded = decodeParameters({
      $dict: [
        ["W1", null],
        ["b1", 0],
        ["W2", { $list: [{ $list: [1] }, { $list: [1, 2] }] }],
      ],
    });
    if (!decoded.ok) throw new Error(decoded.problem);
    expect([...decoded.params.unreadable.values()]).toEqual([
      "W1 is None, expected a numpy array",
      "b1 is the scalar 0, expected a numpy array",
      "W2 is a Python list that is not a rectangular list of numbers, expected a numpy array",
    ]);
    expect(decoded.params.keys).toEqual(["W1", "b1", "W2"]);
  });
});
