// The registry of check kinds: a rubric test's `kind` → the module that grades it.
import type { CheckKind } from "../rubric/types.js";
import { diagnosisCheck } from "./diagnosis.js";
import { propertyCheck } from "./property.js";
import { purityCheck } from "./purity.js";
import { statisticsCheck } from "./statistics.js";
import { structureCheck } from "./structure.js";
import { trainingCheck } from "./training.js";
import type { Check } from "./types.js";
import { valuesCheck } from "./values.js";

// Every check kind of the rubric schema.
export const checks: Readonly<Partial<Record<CheckKind, Check>>> = {
  structure: structureCheck,
  values: valuesCheck,
  property: propertyCheck,
  statistics: statisticsCheck,
  purity: purityCheck,
  diagnosis: diagnosisCheck,
  training: trainingCheck,
};

// The check for a kind; a kind without one is a bug in the grader, not in the submission.
export function checkFor(kind: CheckKind): Check {
  const check = checks[kind];
  if (check === undefined) throw new Error(`no check is registered for kind "${kind}"`);
  return check;
}
