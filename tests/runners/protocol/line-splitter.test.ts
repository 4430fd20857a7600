// JSON lines arrive in arbitrary chunks; a line over the cap ends the stream.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LineSplitter } from "../../../grader/runners/protocol/line-splitter.js";

describe("LineSplitter", () => {
  it("yields the same lines however the bytes are chunked", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: "grapheme" }).map((s) => s.replaceAll("\n", ""))),
        fc.array(fc.nat(), { maxLength: 10 }),
        (lines, cuts) => {
          const bytes = Buffer.from(lines.map((line) => `${line}\n`).join(""));
          const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
          const splitter = new LineSplitter(1 << 20);
          const seen: string[] = [];
          let start = 0;
          for (const end of [...points, bytes.length]) {
            for (const event of splitter.push(bytes.subarray(start, end)))
              if (event.kind === "line") seen.push(event.text);
            start = end;
          }
          expect(seen).toEqual(lines);
        },
      ),
    );
  });

  it("reports a line longer than the cap once, then yields nothing", () => {
    const splitter = new LineSplitter(10);
    expect(splitter.push(Buffer.from("short\nabc"))).toEqual([{ kind: "line", text: "short" }]);
    expect(splitter.push(Buffer.from("defghijkl"))).toEqual([{ kind: "overflow", bytes: 12 }]);
    expect(splitter.push(Buffer.from("x\nok\n"))).toEqual([]);
  });
});
