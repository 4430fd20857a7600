// Every assignment the grader ships, by the name a rubric's `assignment:` field uses.
import { UsageError } from "../cli/usage-error.js";
import { initializationReferences } from "./initialization/references.js";
import type { LayerReference, ReferenceRegistry } from "./registry.js";

const assignments: Readonly<Record<string, ReferenceRegistry<LayerReference>>> = {
  initialization: initializationReferences,
};

// The references of a rubric's assignment; an unknown assignment is a rubric mistake.
export function referencesFor(assignment: string): ReferenceRegistry<LayerReference> {
  if (!Object.hasOwn(assignments, assignment)) {
    throw new UsageError(
      `unknown assignment "${assignment}" (known: ${Object.keys(assignments).join(", ")})`,
    );
  }
  return assignments[assignment];
}
