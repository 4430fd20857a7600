// The bubblewrap level end to end, with the real bwrap, the project's Python (pyenv, numpy 2.4.6) and Node.
import { expect, it } from "vitest";
import { isolationWorks } from "../../grader/sandbox/index.js";
import { privateFilesystemSuite } from "./support/private-filesystem-suite.js";
import { PYENV_PYTHON } from "./support/run-sandboxed.js";

const available = await isolationWorks("bubblewrap");

if (available) privateFilesystemSuite("bubblewrap", "planted-secret-value-7f3a");

it.skipIf(available)("bubblewrap is not usable here: its tests are skipped", () => {
  expect(PYENV_PYTHON).toBeTruthy();
});
