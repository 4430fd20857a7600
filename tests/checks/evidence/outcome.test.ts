import { describe, expect, it } from "vitest";
import { describeFailedCall } from "../../../grader/checks/evidence/outcome.js";

const HE = "initialize_parameters_he";

describe("describeFailedCall", () => {
  it("quotes the student's exception", () => {
    const text = describeFailedCall(HE, [2, 4, 1], {
      status: "raised",
      error: {
        type: "ValueError",
        message: "shapes (4,2) and (1,) not aligned",
        traceback: "Traceback …",
        line: 12,
      },
    });
    expect(text.summary).toBe(
      "initialize_parameters_he raised ValueError: shapes (4,2) and (1,) not aligned",
    );
    expect(text.details).toEqual([
      "call: initialize_parameters_he([2, 4, 1])",
      "at line 12 of the submission",
      "Traceback …",
    ]);
  });

  it("gives the deadline of a timeout", () => {
    expect(describeFailedCall(HE, [2, 4, 1], { status: "timeout", deadlineMs: 2000 }).summary).toBe(
      "initialize_parameters_he timed out after 2000 ms",
    );
  });

  it("says which line a timed-out call was running, as the student sees it", () => {
    const at = {
      location: 'cell In [7] ("def initialize_parameters_he(layers_dim…"), line 4',
      code: "while True:",
    };
    expect(describeFailedCall(HE, [2, 4, 1], { status: "timeout", deadlineMs: 2000, at }).summary).toBe(
      'initialize_parameters_he timed out after 2000 ms, running cell In [7] ("def initialize_parameters_he(layers_dim…"), line 4: while True:',
    );
  });

  it("names a notebook error's cell when the error has no line in a file", () => {
    const error = { type: "KeyError", message: "'W3'", traceback: "", location: "code cell 4, line 2" };
    expect(describeFailedCall(HE, [2, 4, 1], { status: "raised", error }).details).toEqual([
      "call: initialize_parameters_he([2, 4, 1])",
      "at code cell 4, line 2",
    ]);
  });

  it("suggests the near spelling of a missing function", () => {
    const available = ["initialize_parameters_zeros", "initialise_parameters_he"];
    expect(describeFailedCall(HE, [2, 4, 1], { status: "missing", available }).summary).toBe(
      "initialize_parameters_he is not defined in the submission (it defines: initialise_parameters_he — check the spelling)",
    );
    expect(describeFailedCall(HE, [2, 4, 1], { status: "missing", available: ["helper"] }).summary).toBe(
      "initialize_parameters_he is not defined in the submission (it defines: helper)",
    );
  });

  it("explains a crash, a load failure and a refusal", () => {
    expect(
      describeFailedCall(HE, [1, 1], { status: "crashed", reason: "killed by SIGKILL (memory limit)" })
        .summary,
    ).toBe("initialize_parameters_he crashed the process running it: killed by SIGKILL (memory limit)");
    const error = { type: "SyntaxError", message: "invalid syntax", traceback: "", line: 7 };
    expect(describeFailedCall(HE, [1, 1], { status: "load-failed", error }).summary).toBe(
      "initialize_parameters_he could not be called: the submission failed to load (SyntaxError at line 7: invalid syntax)",
    );
    expect(
      describeFailedCall(HE, [1, 1], { status: "rejected", reason: "the submission is not valid Python" })
        .summary,
    ).toBe("initialize_parameters_he was not called: the submission is not valid Python");
  });
});
