// Decoded driver output is checked before anything trusts it: every problem is named by its path.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_WIRE_DEPTH, wireValueProblem } from "../../../grader/runners/protocol/check-wire-value.js";

describe("wireValueProblem", () => {
  it("accepts well-formed wire values", () => {
    const value = {
      $dict: [
        ["W1", { $array: { shape: [2, 1], dtype: "float64", data: [1, "NaN"] } }],
        [
          "rest",
          {
            $list: [
              null,
              true,
              1.5,
              "s",
              { $float: "-Infinity" },
              { $tuple: [] },
              { $other: { type: "set", repr: "{1}" } },
            ],
          },
        ],
      ],
    };
    expect(wireValueProblem(value)).toBeUndefined();
  });

  it.each([
    [
      { $array: { shape: [2, 2], dtype: "float64", data: [1, 2, 3] } },
      "value.$array: shape [2, 2] needs 4 values, got 3",
    ],
    [
      { $array: { shape: [-1], dtype: "float64", data: [] } },
      "value.$array.shape: expected a list of non-negative integers",
    ],
    [
      { $array: { shape: [1], dtype: "float64", data: ["nan"] } },
      'value.$array.data[0]: expected a number, a boolean, null or "NaN"/"Infinity"/"-Infinity"',
    ],
    [
      {
        $dict: [
          ["a", 1],
          [2, 3],
        ],
      },
      "value.$dict[1]: expected a [string, value] pair",
    ],
    [{ $list: [1, { $float: "nan" }] }, 'value.$list[1].$float: expected "NaN", "Infinity" or "-Infinity"'],
    [
      { $list: [], extra: 1 },
      "value: expected one of $float, $array, $list, $tuple, $dict, $other as the only key",
    ],
    [{ $other: { type: "x" } }, "value.$other: expected {type, repr} strings"],
    [[1, 2], "value: expected null, a boolean, a number, a string or a tagged object"],
  ])("refuses %j: %s", (value, problem) => {
    expect(wireValueProblem(value)).toBe(problem);
  });

  it("refuses nesting deeper than the limit instead of overflowing the stack", () => {
    let value: unknown = 1;
    for (let i = 0; i <= MAX_WIRE_DEPTH + 1; i++) value = { $list: [value] };
    expect(wireValueProblem(value)).toMatch(/nested deeper than 200 levels$/);
  });

  it("never throws, whatever JSON it is given", () => {
    fc.assert(fc.property(fc.jsonValue(), (json) => void wireValueProblem(json)));
  });
});
