// Interleaved calls on one RandomState, replayed against numpy: the gauss cache outlives rand draws and
// is dropped by seed(); set_state brings it back. Doubles are compared bit for bit.
import { describe, expect, it } from "vitest";
import { RandomState } from "../../../reference/random/random-state.js";
import type { RandomStateSnapshot } from "../../../reference/random/snapshot.js";
import { fromBits, fromBitsList, readFixture } from "./fixture-io.js";

interface StoredState {
  readonly key: number[];
  readonly pos: number;
  readonly hasGauss: boolean;
  readonly cachedGaussian: string;
}
interface Step {
  readonly call: string;
  readonly args: (number | string)[];
  readonly values?: (string | number)[];
  readonly state?: StoredState;
}
const { sequences } = readFixture<{ sequences: { seed: number; steps: Step[] }[] }>("random/sequences.json");

// Decodes a stored get_state() into the snapshot shape getState() returns.
function snapshotOf(s: StoredState): RandomStateSnapshot {
  return { key: s.key, pos: s.pos, hasGauss: s.hasGauss, cachedGaussian: fromBits(s.cachedGaussian) };
}

// Runs one step on rs and returns what it produced, in the fixture's form.
function replay(rs: RandomState, step: Step, saved: Map<string, RandomStateSnapshot>): unknown {
  const n = step.args as number[];
  switch (step.call) {
    case "rand":
      return rs.rand(...n);
    case "randn":
      return rs.randn(...n);
    case "standard_normal":
      return rs.standard_normal(n[0]);
    case "normal":
      return rs.normal(n[0], n[1], n[2]);
    case "random_sample":
      return Float64Array.of(rs.random_sample());
    case "seed":
      return rs.seed(n[0]);
    case "shuffle": {
      const values = Array.from({ length: n[0] }, (_, i) => i);
      rs.shuffle(values);
      return values;
    }
    case "permutation":
      return Array.from(rs.permutation(n[0]));
    case "get_state":
      saved.set(String(step.args[0]), rs.getState());
      return rs.getState();
    case "set_state":
      return rs.setState(saved.get(String(step.args[0])) as RandomStateSnapshot);
    default:
      throw new Error(`unknown step ${step.call}`);
  }
}

function expected(step: Step): unknown {
  if (step.state) return snapshotOf(step.state);
  if (step.values === undefined) return undefined;
  const isIndexList = step.call === "shuffle" || step.call === "permutation";
  return isIndexList ? step.values : fromBitsList(step.values as string[]);
}

describe("call sequences (tolerance: none, bit-identical to numpy 2.4.6)", () => {
  for (const { seed, steps } of sequences) {
    const script = steps.map((s) => `${s.call}(${s.args.join(", ")})`).join(" → ");
    it(`seed ${seed}: ${script}`, () => {
      const rs = new RandomState(seed);
      const saved = new Map<string, RandomStateSnapshot>();
      steps.forEach((step, i) => {
        expect({ step: i, got: replay(rs, step, saved) }).toEqual({ step: i, got: expected(step) });
      });
    });
  }

  it("keeps the second gauss value across rand draws and drops it on seed()", () => {
    const reference = new RandomState(8).randn(2);
    const rs = new RandomState(8);
    expect(rs.gauss()).toBe(reference[0]);
    rs.rand(5);
    expect(rs.gauss()).toBe(reference[1]);
    rs.seed(8);
    rs.gauss();
    rs.seed(8);
    expect(rs.getState().hasGauss).toBe(false);
    expect(rs.gauss()).toBe(reference[0]);
  });
});
