// The hexadecimal-literal parser that reads glibc's table constants (exact: compared with toBe).
import { describe, expect, it } from "vitest";
import { parseHexDouble } from "../../../reference/random/hex-float.js";

describe("parseHexDouble", () => {
  it("reads C99 hex literals exactly", () => {
    // Expected values from Python: float.fromhex(literal).
    expect(parseHexDouble("0x1p-1")).toBe(0.5);
    expect(parseHexDouble("-0x1.8p+1")).toBe(-3);
    expect(parseHexDouble("0x1.62e42fefa3800p-1")).toBe(0.6931471805598903);
    expect(parseHexDouble("0x1.fffffffffffffp+1023")).toBe(Number.MAX_VALUE);
    expect(parseHexDouble("0x1p-1022")).toBe(2 ** -1022);
    expect(Object.is(parseHexDouble("-0x0p+0"), -0)).toBe(true);
  });

  it("refuses malformed, over-long and non-normal literals", () => {
    expect(() => parseHexDouble("1.5")).toThrow('hex float: expected a literal like 0x1.8p-3, got "1.5"');
    expect(() => parseHexDouble("0x1.00000000000001p+0")).toThrow("has more than 53 significant bits");
    expect(() => parseHexDouble("0x1p-1074")).toThrow("is not a normal double");
    expect(() => parseHexDouble("0x1p+1024")).toThrow("is not a normal double");
  });
});
