import { describe, expect, it } from "vitest";
import { studentPictures } from "../../grader/train/html/student-pictures.js";
import { initializeParametersZeros } from "../../reference/initializers.js";

describe("studentPictures", () => {
  it("draws the student's run beside the reference's, with the report's caption and escaped names", async () => {
    const sections = await studentPictures({
      fn: "initialize_parameters_he",
      initialParameters: initializeParametersZeros([2, 10, 5, 1]),
      studentCosts: [{ iteration: 0, cost: Math.LN2 }],
      referenceCosts: [{ iteration: 0, cost: 0.8830537463419761 }],
      caption: "Your cost stays at ln 2 <because> every weight gradient is 0.",
      iterations: 20,
    });
    const html = sections.join("\n");
    expect(html.match(/<svg /g)).toHaveLength(5);
    expect(html).toContain(
      "<figcaption>Your cost stays at ln 2 &lt;because&gt; every weight gradient is 0.</figcaption>",
    );
    expect(html).toContain("Decision boundary: your initialize_parameters_he");
    // The student's zeros start: its gradient flow is captioned by the lesson (exact 0 or residue, never "a gradient").
    expect(html).toContain(
      "<figcaption>Nothing learns: in the 3 steps shown, every dW and db is exactly 0 or rounding residue.",
    );
    expect(html).toContain(">= 0 · 1/10</text>");
    expect(html).toContain('id="pictures-initialize-parameters-he-h-cost"');
  });

  it("refuses a function without a reference initializer", async () => {
    await expect(
      studentPictures({
        fn: "initialize_parameters_xavier",
        initialParameters: {},
        studentCosts: [],
        referenceCosts: [],
        caption: "",
        iterations: 1,
      }),
    ).rejects.toThrow("student pictures: no reference initializer for initialize_parameters_xavier");
  });
});
