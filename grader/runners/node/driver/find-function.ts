// Finds a graded function among a submission's exports: snake_case, camelCase, or on a default-exported object.

type Namespace = Record<string, unknown>;

/** initialize_parameters_he → initializeParametersHe. */
export function camelCase(snake: string): string {
  return snake.replace(/_+([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

// Lower case without underscores: initializeParametersHE and initialize_parameters_he both give one key.
function loose(name: string): string {
  return name.replaceAll("_", "").toLowerCase();
}

// Exported functions first, then the functions of a default-exported object (or CommonJS module.exports).
function candidates(exports: Namespace): [string, unknown][] {
  const own = Object.entries(exports).filter(([name]) => name !== "default");
  const fallback = exports.default;
  const fromDefault =
    fallback !== null && typeof fallback === "object" ? Object.entries(fallback as Namespace) : [];
  return [...own, ...fromDefault];
}

/** The function exported as `name` (or its camelCase, or a unique spelling differing only in case and `_`). */
export function findFunction(
  exports: Namespace,
  name: string,
): ((...args: unknown[]) => unknown) | undefined {
  const functions = candidates(exports).filter(([, value]) => typeof value === "function");
  for (const wanted of [name, camelCase(name)]) {
    const hit = functions.find(([key]) => key === wanted);
    if (hit) return hit[1] as (...args: unknown[]) => unknown;
  }
  const near = functions.filter(([key]) => loose(key) === loose(name));
  return near.length === 1 ? (near[0][1] as (...args: unknown[]) => unknown) : undefined;
}

/** Names of every exported function, for a "did you mean" in the feedback. */
export function exportedFunctionNames(exports: Namespace): string[] {
  return [
    ...new Set(
      candidates(exports)
        .filter(([, value]) => typeof value === "function")
        .map(([key]) => key),
    ),
  ];
}
