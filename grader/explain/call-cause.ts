// The root cause when a function gave no parameters back: missing, raised, timed out, crashed, None …
import { describeAvailable } from "../checks/evidence/outcome.js";
import type { FailedCall } from "../grade/types.js";
import { type CallLanguage, callText } from "./call-text.js";
import type { RootCause } from "./types.js";

// Words for a failed call of `fn`, said once for every test it failed.
export function callCause(fn: string, call: FailedCall, language: CallLanguage): RootCause {
  const called = callText(language, fn, call.layersDims);
  const at = call.line === undefined ? "" : ` (line ${call.line})`;
  switch (call.status) {
    case "missing":
      return {
        what: `${fn} is not defined in your file`,
        evidence: describeAvailable(fn, call.available ?? []),
      };
    case "raised":
      return { what: `${called} raised ${call.what}: ${call.message}${at}` };
    case "load-failed":
      return {
        what: `${fn} could not be called: the file failed to load (${call.what}${at}: ${call.message})`,
      };
    case "timeout":
      return {
        what: `${called} timed out: it did not return within ${call.deadlineMs} ms`,
        fix: "Look for a loop that never ends (a while loop whose condition never changes, a range that never stops).",
      };
    case "crashed":
      return { what: `${called} crashed the process running it: ${call.message}` };
    case "rejected":
      return { what: `${fn} was not called: ${call.message}` };
    case "not-parameters":
      return {
        what: `${called} returned ${call.what}, not a dict of arrays`,
        fix: returnFix(call.what ?? "", language),
      };
  }
}

// What to change for a function that returned something other than its parameters.
function returnFix(returned: string, language: CallLanguage): string {
  const dict = language === "typescript" ? "an object" : "a dict";
  if (returned.startsWith("a dict without"))
    return "Put a numpy array (np.zeros, np.random.randn, …) in every W_l and b_l in place of None.";
  if (returned === "None" || returned === "undefined")
    return `End the function with \`return parameters\`: ${dict} mapping "W1", "b1", … to arrays.`;
  return `Return ${dict} mapping "W1", "b1", …, "WL", "bL" to arrays, not ${returned}.`;
}
