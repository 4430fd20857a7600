// numpy dtype names sorted into the classes the grader cares about.

/** What kind of numbers an array holds; "list" is a nested Python list (no dtype of its own). */
export type DtypeClass = "float" | "int" | "bool" | "complex" | "other" | "list";

// The class of a numpy dtype name ("float64" → float, "int64"/"uint8" → int); JavaScript arrays are floats.
export function dtypeClass(dtype: string): DtypeClass {
  if (dtype === "list") return "list";
  if (dtype === "number" || /^float\d*$/.test(dtype) || dtype === "longdouble") return "float";
  if (/^u?int\d*$/.test(dtype)) return "int";
  if (dtype === "bool") return "bool";
  if (/^complex\d*$/.test(dtype)) return "complex";
  return "other";
}
