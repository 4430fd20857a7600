// glibcLog against this machine's glibc log (fixture from scripts/fixtures_libm.py): bit for bit.
import { describe, expect, it } from "vitest";
import { fromWords } from "../../../reference/random/float64-words.js";
import { glibcLog } from "../../../reference/random/glibc-log.js";
import {
  INV_C,
  LN2_HIGH,
  LN2_LOW,
  LOG_C,
  LOG_TABLE_SIZE,
  POLY_A,
  POLY_B,
} from "../../../reference/random/glibc-log-data.js";
import { RandomState } from "../../../reference/random/random-state.js";
import {
  digest,
  fromBits,
  fromBitsList,
  readFixture,
  type StoredStream,
  streamMismatch,
  toBits,
} from "./fixture-io.js";

interface Category {
  readonly kind: "polar" | "nearOne" | "tiny" | "anyPositive";
  readonly seed: number;
  readonly draws: number;
  readonly inputs: string;
  readonly inputsHead: readonly string[];
  readonly outputs: StoredStream;
}
interface LogFixture {
  readonly categories: readonly Category[];
  readonly specials: readonly [string, string][];
  readonly logData: readonly string[];
}
const fixture = readFixture<LogFixture>("random/glibc-log.json");

// glibc's LO and HI bounds of the near-1 branch.
const NEAR_ONE_LOW = 1 - 2 ** -4;
const NEAR_ONE_HIGH = 1 + 0x109 * 2 ** -12;

// Rebuilds a category's inputs from RandomState(seed), the same way the fixture script drew them.
function inputsOf({ kind, seed, draws }: Category): Float64Array {
  const rs = new RandomState(seed);
  const out: number[] = [];
  for (let i = 0; i < draws; i++) {
    if (kind === "polar") {
      const x1 = 2 * rs.randomSample() - 1;
      const x2 = 2 * rs.randomSample() - 1;
      const r2 = x1 * x1 + x2 * x2;
      if (r2 < 1 && r2 !== 0) out.push(r2);
    } else if (kind === "nearOne") {
      out.push(NEAR_ONE_LOW + rs.randomSample() * (NEAR_ONE_HIGH - NEAR_ONE_LOW));
    } else if (kind === "tiny") {
      const u = rs.randomSample();
      out.push(u * 2 ** -(40 + Math.floor(rs.randomSample() * 71)));
    } else {
      const high = rs.nextUint32() & 0x7fffffff;
      out.push(fromWords(high, rs.nextUint32()));
    }
  }
  return Float64Array.from(out);
}

describe("glibc-log-data: the constants are glibc's (tolerance: none)", () => {
  it("equals __log_data as stored in this machine's libm.so.6, all 274 doubles", () => {
    const ours = [LN2_HIGH, LN2_LOW, ...POLY_A, ...POLY_B];
    for (let i = 0; i < LOG_TABLE_SIZE; i++) ours.push(INV_C[i], LOG_C[i]);
    expect(ours.map(toBits)).toEqual(fixture.logData);
  });
});

describe("glibcLog (tolerance: none, bit-identical to glibc 2.36 log with FMA)", () => {
  for (const category of fixture.categories) {
    it(`matches glibc on ${category.outputs.count} ${category.kind} inputs (seed ${category.seed})`, () => {
      const xs = inputsOf(category);
      expect(Array.from(xs.subarray(0, category.inputsHead.length), toBits)).toEqual(category.inputsHead);
      expect(digest(xs)).toBe(category.inputs);
      const ys = xs.map(glibcLog);
      expect(streamMismatch(ys, category.outputs)).toBe("");
    });
  }

  it("matches glibc on special and boundary inputs (NaN results compared as NaN)", () => {
    const wrong = fixture.specials.filter(([x, y]) => {
      const got = glibcLog(fromBits(x));
      const want = fromBits(y);
      return !(Object.is(got, want) || (Number.isNaN(got) && Number.isNaN(want)));
    });
    expect(wrong).toEqual([]);
  });

  it("follows C's log for special values", () => {
    expect(glibcLog(0)).toBe(-Infinity);
    expect(glibcLog(-0)).toBe(-Infinity);
    expect(glibcLog(Infinity)).toBe(Infinity);
    expect(glibcLog(-1)).toBeNaN();
    expect(glibcLog(Number.NaN)).toBeNaN();
    expect(Object.is(glibcLog(1), 0)).toBe(true);
    expect(glibcLog(2 ** -1074)).toBe(fromBitsList(["c0874385446d71c3"])[0]);
  });
});
