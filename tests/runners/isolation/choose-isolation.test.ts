// chooseIsolation: the strongest level by default; NN_GRADER_ISOLATION or the option may only lower it.
import { describe, expect, it } from "vitest";
import { InfrastructureError } from "../../../grader/runners/infrastructure-error.js";
import { chooseIsolation } from "../../../grader/runners/isolation/choose-isolation.js";

const bubblewrapWorks = async () => "bubblewrap" as const;
const onlyRlimits = async () => "rlimits-only" as const;

describe("chooseIsolation", () => {
  it("uses the strongest level that works when nothing is asked", async () => {
    expect(await chooseIsolation(undefined, {}, bubblewrapWorks)).toBe("bubblewrap");
    expect(await chooseIsolation(undefined, { NN_GRADER_ISOLATION: "" }, onlyRlimits)).toBe("rlimits-only");
  });

  it("lowers the level when NN_GRADER_ISOLATION names a weaker one", async () => {
    expect(await chooseIsolation(undefined, { NN_GRADER_ISOLATION: "namespaces" }, bubblewrapWorks)).toBe(
      "namespaces",
    );
    expect(await chooseIsolation(undefined, { NN_GRADER_ISOLATION: "rlimits-only" }, bubblewrapWorks)).toBe(
      "rlimits-only",
    );
  });

  it("refuses a level stronger than what works here, so that requiring bubblewrap fails closed", async () => {
    await expect(
      chooseIsolation(undefined, { NN_GRADER_ISOLATION: "bubblewrap" }, onlyRlimits),
    ).rejects.toThrow(
      new InfrastructureError(
        "NN_GRADER_ISOLATION=bubblewrap asks for bubblewrap isolation, but the strongest that works here is rlimits-only; run `grader doctor`",
      ),
    );
  });

  it("never takes 'none' (or anything unknown) from the environment", async () => {
    await expect(
      chooseIsolation(undefined, { NN_GRADER_ISOLATION: "none" }, bubblewrapWorks),
    ).rejects.toThrow(
      'NN_GRADER_ISOLATION: expected one of bubblewrap, namespaces, rlimits-only, got "none"',
    );
  });

  it("lets a program ask for 'none' (benchmarks), and prefers its option over the environment", async () => {
    expect(await chooseIsolation("none", { NN_GRADER_ISOLATION: "namespaces" }, bubblewrapWorks)).toBe(
      "none",
    );
    expect(
      await chooseIsolation("rlimits-only", { NN_GRADER_ISOLATION: "namespaces" }, bubblewrapWorks),
    ).toBe("rlimits-only");
  });
});
