// Plain-text spellings shared by every check: numbers, shapes, indices, calls. No colours, no layout.

// A value as a numerics person reads it: 10 significant digits, numpy's nan/inf spellings.
export function formatValue(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (x === Number.POSITIVE_INFINITY) return "inf";
  if (x === Number.NEGATIVE_INFINITY) return "-inf";
  return String(Number(x.toPrecision(10)));
}

// An error or a statistic: 3 significant digits are enough to judge it.
export function formatError(x: number): string {
  if (!Number.isFinite(x)) return formatValue(x);
  return String(Number(x.toPrecision(3)));
}

// A shape as numpy prints it: (2, 1), (2,), ().
export function formatShape(shape: readonly number[]): string {
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(", ")})`;
}

// An element as it would be indexed in numpy: W2[0, 3].
export function formatIndex(key: string, index: readonly number[]): string {
  return `${key}[${index.join(", ")}]`;
}

// A layers_dims list as Python prints it: [2, 4, 1].
export function formatDims(layersDims: readonly number[]): string {
  return `[${layersDims.join(", ")}]`;
}

// The call a student would type to reproduce: initialize_parameters_he([2, 4, 1]).
export function formatCall(fnName: string, layersDims: readonly number[]): string {
  return `${fnName}(${formatDims(layersDims)})`;
}

// "1 value" / "3 values".
export function plural(n: number, noun: string, nouns = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : nouns}`;
}

// Joins names for a sentence: "W1", "W1 and b1", "W1, b1 and W2".
export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

// The row-major index of flat position i in an array of this shape.
export function unravelIndex(i: number, shape: readonly number[]): number[] {
  const index = new Array<number>(shape.length).fill(0);
  let rest = i;
  for (let d = shape.length - 1; d >= 0; d--) {
    index[d] = rest % shape[d];
    rest = Math.floor(rest / shape[d]);
  }
  return index;
}
