// The Node driver's value mapping and function lookup, without a process.
import { describe, expect, it } from "vitest";
import { decode } from "../../../grader/runners/node/driver/decode.js";
import { encode, encodeLike } from "../../../grader/runners/node/driver/encode.js";
import {
  camelCase,
  exportedFunctionNames,
  findFunction,
} from "../../../grader/runners/node/driver/find-function.js";

describe("encode", () => {
  it("maps nested number arrays to $array with their shape, and plain objects and Maps to $dict in order", () => {
    expect(encode({ W1: [[1, 2, 3]], b1: [[0]] })).toEqual({
      $dict: [
        ["W1", { $array: { shape: [1, 3], dtype: "number", data: [1, 2, 3] } }],
        ["b1", { $array: { shape: [1, 1], dtype: "number", data: [0] } }],
      ],
    });
    expect(encode(new Map([["a", Number.NaN]]))).toEqual({ $dict: [["a", { $float: "NaN" }]] });
    expect(encode([new Float64Array([1, 2]), new Float64Array([3, 4])])).toEqual({
      $array: { shape: [2, 2], dtype: "number", data: [1, 2, 3, 4] },
    });
  });

  it("keeps ragged and mixed arrays as $list, undefined as null, cycles as $other", () => {
    expect(encode([[1], 2])).toEqual({ $list: [{ $array: { shape: [1], dtype: "number", data: [1] } }, 2] });
    expect(encode(undefined)).toBeNull();
    const cycle: unknown[] = [];
    cycle.push(cycle);
    expect(encode(cycle)).toEqual({
      $list: [{ $other: { type: "Array", repr: "<ref *1> [ [Circular *1] ]" } }],
    });
  });

  it("encodes arguments after a call in the form they were sent", () => {
    expect(encodeLike({ $list: [3, 2, 1] }, [3, 2, 1])).toEqual({ $list: [3, 2, 1] });
    expect(encodeLike({ $dict: [["k", { $list: [1] }]] }, { k: [1, 2] })).toEqual({
      $dict: [["k", { $list: [1, 2] }]],
    });
  });
});

describe("decode", () => {
  it("turns arrays into nested arrays and spells special floats back", () => {
    expect(decode({ $array: { shape: [2, 2], dtype: "float64", data: [1, "NaN", "Infinity", 4] } })).toEqual([
      [1, Number.NaN],
      [Number.POSITIVE_INFINITY, 4],
    ]);
    expect(decode({ $dict: [["a", { $tuple: [1] }]] })).toEqual({ a: [1] });
    expect(() => decode({ $other: { type: "x", repr: "x" } })).toThrow("cannot decode $other");
  });
});

describe("findFunction", () => {
  const f = () => 1;
  it("finds snake_case, camelCase, a looser spelling and default-object members", () => {
    expect(camelCase("initialize_parameters_he")).toBe("initializeParametersHe");
    expect(findFunction({ initialize_parameters_he: f }, "initialize_parameters_he")).toBe(f);
    expect(findFunction({ initializeParametersHe: f }, "initialize_parameters_he")).toBe(f);
    expect(findFunction({ initializeParametersHE: f }, "initialize_parameters_he")).toBe(f);
    expect(findFunction({ default: { initialize_parameters_he: f } }, "initialize_parameters_he")).toBe(f);
    expect(findFunction({ initialize_parameters_he: 3 }, "initialize_parameters_he")).toBeUndefined();
  });

  it("lists exported functions for feedback", () => {
    expect(exportedFunctionNames({ a: f, b: 1, default: { c: f } })).toEqual(["a", "c"]);
  });
});
