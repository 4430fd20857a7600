// Calls as the student writes them: Python for Python and notebooks, TypeScript for TS/JS submissions.
import type { GradeResult } from "../grade/types.js";

/** The language a student reads calls in. */
export type CallLanguage = "python" | "typescript";

// Python for .py and notebooks (and unknown files), TypeScript for .ts/.js.
export function callLanguage(language: GradeResult["language"]): CallLanguage {
  return language === "typescript" || language === "javascript" ? "typescript" : "python";
}

// initialize_parameters_he → initializeParametersHe (the spelling TypeScript submissions export).
export function camelCase(snake: string): string {
  return snake.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

// The one-line call that reproduces an input: initialize_parameters_he([1, 2]) / initializeParametersHe([1, 2]).
export function callText(language: CallLanguage, fn: string, layersDims: readonly number[]): string {
  const name = language === "typescript" ? camelCase(fn) : fn;
  return `${name}([${layersDims.join(", ")}])`;
}
