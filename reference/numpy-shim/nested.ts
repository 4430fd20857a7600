// Nested number arrays, the shape TypeScript students work with: row-major flat data to nested lists.

/** A number or an n-d nested array of numbers (what the numpy shim returns). */
export type NestedArray = number | NestedArray[];

/** The nested form of row-major `flat` with `shape`; an empty shape gives the single number. */
export function toNested(flat: ArrayLike<number>, shape: readonly number[]): NestedArray {
  if (shape.length === 0) return flat[0];
  const build = (dim: number, offset: number): NestedArray[] => {
    const size = shape[dim];
    const stride = shape.slice(dim + 1).reduce((a, b) => a * b, 1);
    const out: NestedArray[] = new Array(size);
    for (let i = 0; i < size; i++) {
      out[i] = dim === shape.length - 1 ? flat[offset + i] : build(dim + 1, offset + i * stride);
    }
    return out;
  };
  return build(0, 0);
}

/** A numpy size argument (undefined, a count or a shape) as a shape. */
export function sizeToShape(size: number | readonly number[] | undefined): number[] {
  if (size === undefined) return [];
  return typeof size === "number" ? [size] : [...size];
}

/** Applies `f` to every number of a nested array, keeping its structure. */
export function mapNested(value: NestedArray, f: (x: number) => number): NestedArray {
  return typeof value === "number" ? f(value) : value.map((item) => mapNested(item, f));
}
