// Captured output keeps the first bytes up to the cap and says how many were dropped.
import { describe, expect, it } from "vitest";
import { CappedStream, StderrTail } from "../../../grader/runners/session/capped-stream.js";

describe("CappedStream", () => {
  it("keeps everything under the cap", () => {
    const stream = new CappedStream("stdout", 10);
    stream.append(Buffer.from("hello\n"));
    expect([stream.text(), stream.truncated]).toEqual(["hello\n", false]);
  });

  it("cuts at the cap across chunks and counts the rest", () => {
    const stream = new CappedStream("stderr", 8);
    for (const chunk of ["abcde", "fghij", "klm"]) stream.append(Buffer.from(chunk));
    expect(stream.truncated).toBe(true);
    expect(stream.text()).toBe("abcdefgh\n[grader] 5 more bytes of stderr not shown (limit 8 bytes)\n");
  });

  it("shows a multi-byte character cut by the cap as a replacement character", () => {
    const stream = new CappedStream("stdout", 2);
    stream.append(Buffer.from("aé"));
    expect(stream.text()).toBe("a\uFFFD\n[grader] 1 more bytes of stdout not shown (limit 2 bytes)\n");
  });
});

describe("StderrTail", () => {
  it("keeps the last non-empty lines", () => {
    const tail = new StderrTail();
    tail.append(Buffer.from("one\n\ntwo\nthr"));
    tail.append(Buffer.from("ee\n"));
    expect(tail.lastLines(2)).toEqual(["two", "three"]);
  });
});
