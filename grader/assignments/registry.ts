// The generic table from a rubric's `reference:` name to what the checks need about that reference.
// A new assignment is a new folder that builds one of these; nothing else changes.
import type { Parameters } from "../../reference/initializers.js";
import { UsageError } from "../cli/usage-error.js";
import type { Mistake } from "../diagnosis/types.js";

/** A standard deviation and how it is written, e.g. { value: 0.0447…, formula: "sqrt(2/1000)" }. */
export interface ScaleSpec {
  readonly value: number;
  readonly formula: string;
}

/** The std of W_l's entries (l is 1-based) for given layer sizes. */
export type ScaleRule = (layersDims: readonly number[], l: number) => ScaleSpec;

/** What the checks know about one reference function of layers_dims → parameters. */
export interface LayerReference {
  /** The reference output, e.g. initializeParametersHe. */
  readonly compute: (layersDims: readonly number[]) => Parameters;
  /** The distribution its weights are drawn from (std 0 for a constant initialization). */
  readonly weightStd: ScaleRule;
  /** Known mistakes for a function graded against this reference, in priority order. */
  readonly mistakes: readonly Mistake[];
}

/** One assignment's references by name. */
export interface ReferenceRegistry<E = LayerReference> {
  readonly assignment: string;
  readonly entries: Readonly<Record<string, E>>;
}

// Declares an assignment's references.
export function defineReferences<E>(
  assignment: string,
  entries: Readonly<Record<string, E>>,
): ReferenceRegistry<E> {
  return { assignment, entries };
}

// Looks up a rubric's `reference:` name; an unknown name is a rubric mistake, reported with the known ones.
export function resolveReference<E>(registry: ReferenceRegistry<E>, name: string): E {
  if (!Object.hasOwn(registry.entries, name)) {
    const known = Object.keys(registry.entries).join(", ");
    throw new UsageError(`assignment ${registry.assignment} has no reference "${name}" (it has: ${known})`);
  }
  return registry.entries[name];
}
