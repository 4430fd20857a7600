import { describe, expect, it } from "vitest";
import { separateNotes } from "../../grader/grade/grader-notes.js";

describe("the grader's notes, taken out of the submission's stderr", () => {
  it("lifts the leading [grader] lines into notes, once each, with their location", () => {
    const { output, notes } = separateNotes({
      stdout: "hi\n",
      stderr:
        "[grader] cell 2, line 3: ModuleNotFoundError: No module named 'sklearn'; using it will fail\n" +
        "[grader] cell 2, line 3: ModuleNotFoundError: No module named 'sklearn'; using it will fail\n" +
        "[grader] cell 5: SyntaxError: invalid syntax (skipped)\n" +
        "Traceback (most recent call last):\n",
      truncated: false,
    });
    expect(notes).toEqual([
      {
        kind: "loader",
        location: "cell 2, line 3",
        message: "ModuleNotFoundError: No module named 'sklearn'; using it will fail",
      },
      { kind: "loader", message: "cell 5: SyntaxError: invalid syntax (skipped)" },
    ]);
    expect(output).toEqual({
      stdout: "hi\n",
      stderr: "Traceback (most recent call last):\n",
      truncated: false,
    });
  });

  it("leaves output without notes untouched, including a [grader] line the student printed later", () => {
    const plain = { stdout: "", stderr: "oops\n[grader] not ours\n", truncated: true };
    expect(separateNotes(plain)).toEqual({ output: plain, notes: [] });
  });
});
