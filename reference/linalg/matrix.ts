// Dense row-major float64 matrices: the one array type the reference computes with.

/** A dense matrix stored row-major: element (i, j) is data[i * cols + j]. */
export interface Matrix {
  readonly rows: number;
  readonly cols: number;
  readonly data: Float64Array;
}

// Allocates a rows × cols matrix of zeros.
export function zeros(rows: number, cols: number): Matrix {
  assertDimension("rows", rows);
  assertDimension("cols", cols);
  return { rows, cols, data: new Float64Array(rows * cols) };
}

// Wraps existing row-major data as a matrix, checking that the length matches the shape.
export function fromData(rows: number, cols: number, data: Float64Array): Matrix {
  assertDimension("rows", rows);
  assertDimension("cols", cols);
  if (data.length !== rows * cols) {
    throw new RangeError(
      `matrix data: expected ${rows * cols} values for shape (${rows}, ${cols}), got ${data.length}`,
    );
  }
  return { rows, cols, data };
}

// Builds a matrix from nested arrays (one inner array per row), as numpy's np.array([[...]]) would.
export function fromRows(rows: readonly (readonly number[])[]): Matrix {
  const cols = rows.length === 0 ? 0 : rows[0].length;
  const out = zeros(rows.length, cols);
  rows.forEach((row, i) => {
    if (row.length !== cols)
      throw new RangeError(`matrix rows: row ${i} has ${row.length} values, expected ${cols}`);
    out.data.set(row, i * cols);
  });
  return out;
}

// Converts a matrix to nested arrays (one inner array per row), e.g. for JSON output.
export function toRows(m: Matrix): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < m.rows; i++) out.push(Array.from(m.data.subarray(i * m.cols, (i + 1) * m.cols)));
  return out;
}

// Deep copy: same shape, new storage.
export function clone(m: Matrix): Matrix {
  return { rows: m.rows, cols: m.cols, data: new Float64Array(m.data) };
}

function assertDimension(name: string, n: number): void {
  if (!Number.isInteger(n) || n < 0)
    throw new RangeError(`matrix ${name}: expected a non-negative integer, got ${n}`);
}
