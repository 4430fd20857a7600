// Normalises numpy-style size and shape arguments to a count of values, refusing bad dimensions.

// How many values a size argument asks for: undefined → 1 (where numpy would return a scalar), a number
// n → n, a shape → the product of its dimensions. `what` names the argument in messages, e.g. "rand shape".
export function countOf(what: string, size: number | readonly number[] | undefined): number {
  if (size === undefined) return 1;
  if (typeof size === "number") {
    checkDimension(what, size);
    return size;
  }
  let count = 1;
  for (let i = 0; i < size.length; i++) {
    checkDimension(`${what}[${i}]`, size[i]);
    count *= size[i];
  }
  if (!Number.isSafeInteger(count)) throw new RangeError(`${what}: ${size.join(" × ")} values is too many`);
  return count;
}

function checkDimension(what: string, n: number): void {
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new RangeError(`${what}: expected a non-negative integer, got ${String(n)}`);
  }
}
