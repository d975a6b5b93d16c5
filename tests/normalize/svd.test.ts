import { describe, expect, it } from 'vitest';
import { symmetricEigen, truncatedSvd, type SparseRows } from '../../src/normalize/build/svd.js';

/** The sparse rows of a dense square matrix (row-major), zeros left out. */
function sparse(dense: number[], size: number): SparseRows {
  const start = new Uint32Array(size + 1);
  const columns: number[] = [];
  const values: number[] = [];
  for (let a = 0; a < size; a++) {
    start[a] = columns.length;
    for (let b = 0; b < size; b++) {
      if (dense[a * size + b] !== 0) {
        columns.push(b);
        values.push(dense[a * size + b]);
      }
    }
  }
  start[size] = columns.length;
  return { size, start, columns: Uint16Array.from(columns), values: Float32Array.from(values) };
}

describe('truncated SVD', () => {
  it('finds the eigenvalues and eigenvectors of a symmetric matrix', () => {
    const { values, vectors } = symmetricEigen(Float64Array.from([2, 1, 0, 1, 2, 0, 0, 0, 5]), 3);
    expect([...values].sort((a, b) => a - b).map((v) => Number(v.toFixed(9)))).toEqual([1, 3, 5]);
    // Each column v satisfies A v = λ v.
    for (let e = 0; e < 3; e++) {
      const v = [0, 1, 2].map((i) => vectors[i * 3 + e]);
      const av = [2 * v[0] + v[1], v[0] + 2 * v[1], 5 * v[2]];
      av.forEach((x, i) => expect(x).toBeCloseTo(values[e] * v[i], 9));
    }
  });

  it('rebuilds a rank-2 matrix from two factors, and the same factors every time', () => {
    const size = 12;
    const u = [Array.from({ length: size }, (_, i) => (i % 3) - 1), Array.from({ length: size }, (_, i) => (i < 6 ? 1 : 0))];
    const w = [Array.from({ length: size }, (_, i) => (i % 2 === 0 ? 2 : 0)), Array.from({ length: size }, (_, i) => i / size)];
    const dense = Array.from({ length: size * size }, (_, k) => u[0][Math.floor(k / size)] * w[0][k % size] + u[1][Math.floor(k / size)] * w[1][k % size]);
    const factors = truncatedSvd(sparse(dense, size), 2, { oversampling: 4 });
    for (let a = 0; a < size; a++) {
      for (let b = 0; b < size; b++) {
        const approx = factors.left[a * 2] * factors.right[b * 2] + factors.left[a * 2 + 1] * factors.right[b * 2 + 1];
        expect(approx).toBeCloseTo(dense[a * size + b], 4);
      }
    }
    expect(factors.singularValues[0]).toBeGreaterThanOrEqual(factors.singularValues[1]);
    expect(truncatedSvd(sparse(dense, size), 2, { oversampling: 4 }).left).toEqual(factors.left);
  });
});
