// Counting identical units: distinct rows and columns of row-major matrices, compared exactly
// (NaN equals NaN and 0 equals −0 here, so only real differences between units count).

// Number of distinct rows of a row-major rows × cols matrix.
export function distinctRowCount(data: Float64Array, rows: number, cols: number): number {
  let distinct = 0;
  for (let i = 0; i < rows; i++) {
    let seen = false;
    for (let p = 0; p < i && !seen; p++) seen = same(data, i * cols, p * cols, 1, cols);
    if (!seen) distinct++;
  }
  return distinct;
}

// Number of distinct columns of a row-major rows × cols matrix.
export function distinctColumnCount(data: Float64Array, rows: number, cols: number): number {
  let distinct = 0;
  for (let j = 0; j < cols; j++) {
    let seen = false;
    for (let q = 0; q < j && !seen; q++) seen = same(data, j, q, cols, rows);
    if (!seen) distinct++;
  }
  return distinct;
}

// Number of distinct units of a layer judged by their gradient: rows of [dW | db].
export function distinctUnitGradientCount(
  dW: Float64Array,
  db: Float64Array,
  rows: number,
  cols: number,
): number {
  let distinct = 0;
  for (let i = 0; i < rows; i++) {
    let seen = false;
    for (let p = 0; p < i && !seen; p++) seen = equal(db[i], db[p]) && same(dW, i * cols, p * cols, 1, cols);
    if (!seen) distinct++;
  }
  return distinct;
}

// True when the `count` values from a and from b, `stride` apart, are pairwise equal.
function same(data: Float64Array, a: number, b: number, stride: number, count: number): boolean {
  for (let k = 0; k < count; k++) if (!equal(data[a + k * stride], data[b + k * stride])) return false;
  return true;
}

function equal(x: number, y: number): boolean {
  return x === y || (Number.isNaN(x) && Number.isNaN(y));
}
