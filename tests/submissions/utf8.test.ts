// Strict UTF-8 decoding names the first bad byte and its offset.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeUtf8, firstInvalidUtf8Offset } from "../../grader/submissions/utf8.js";

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(
    parts.map((part) => (typeof part === "string" ? Buffer.from(part, "utf8") : Buffer.from(part))),
  );

describe("decodeUtf8", () => {
  it("decodes UTF-8 text and drops a byte-order mark", () => {
    expect(decodeUtf8(bytes([0xef, 0xbb, 0xbf], "π = 3.14\n"))).toEqual({ ok: true, text: "π = 3.14\n" });
  });

  it.each([
    ["a byte that cannot start a sequence", bytes("# comment 1\n", [0xff]), 12, 0xff],
    ["a Latin-1 é", bytes("x = 'caf", [0xe9], "'"), 8, 0xe9],
    ["an overlong encoding of '/'", bytes("ab", [0xc0, 0xaf]), 2, 0xc0],
    ["a UTF-16 surrogate", bytes("a", [0xed, 0xa0, 0x80]), 1, 0xed],
    ["a continuation byte missing", bytes("é", [0xe2, 0x28, 0xa1]), 2, 0xe2],
    ["a sequence cut by the end of the file", bytes("ok", [0xe2, 0x82]), 2, 0xe2],
  ])("reports %s by the offset and value of the sequence's first byte", (_, input, offset, byte) => {
    expect(decodeUtf8(input)).toEqual({ ok: false, offset, byte });
  });

  it("agrees with the platform decoder on every string, and finds an inserted 0xff", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), fc.string({ unit: "grapheme" }), (before, after) => {
        expect(decodeUtf8(Buffer.from(before + after))).toEqual({ ok: true, text: before + after });
        const prefix = Buffer.from(before);
        expect(firstInvalidUtf8Offset(Buffer.concat([prefix, Buffer.from([0xff]), Buffer.from(after)]))).toBe(
          prefix.length,
        );
      }),
    );
  });
});
