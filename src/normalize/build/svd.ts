// A truncated singular value decomposition of a large sparse matrix by random projection
// (Halko, Martinsson & Tropp 2011, algorithms 4.4 and 5.1): the best rank-r approximation
// A ≈ left · rightᵀ without forming anything larger than n × (r + oversampling).
// Seeded: the same matrix gives the same factors, byte for byte.

/** A square matrix in compressed rows: row a's entries are values[start[a] .. start[a + 1]) at columns columns[..]. */
export interface SparseRows {
  size: number;
  start: Uint32Array;
  columns: Uint16Array;
  values: Float32Array;
}

export interface SvdOptions {
  /** Extra random directions beyond the rank. @defaultValue 10 */
  oversampling?: number;
  /** Power iterations, for a slowly decaying spectrum. @defaultValue 2 */
  powerIterations?: number;
  /** @defaultValue 1 */
  seed?: number;
}

/** Factors with A ≈ left · rightᵀ, each size × rank (row-major), the singular values split evenly between them. */
export interface LowRank {
  rank: number;
  left: Float32Array;
  right: Float32Array;
  singularValues: number[];
}

/** A tall matrix in column-major order: column j is data[j * rows .. (j + 1) * rows). */
interface Tall {
  rows: number;
  columns: number;
  data: Float64Array;
}

function seededNormal(seed: number): () => number {
  let state = seed >>> 0;
  const uniform = () => {
    // A linear congruential generator (Numerical Recipes): enough for random directions.
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return (state + 0.5) / 4294967296;
  };
  return () => Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
}

/** A · X, or Aᵀ · X when `transposed`. */
function multiply(matrix: SparseRows, x: Tall, transposed: boolean): Tall {
  const { size, start, columns, values } = matrix;
  const width = x.columns;
  // Row-major copies keep the inner loop on neighbouring numbers.
  const input = new Float64Array(size * width);
  for (let j = 0; j < width; j++) for (let i = 0; i < size; i++) input[i * width + j] = x.data[j * size + i];
  const output = new Float64Array(size * width);
  for (let a = 0; a < size; a++) {
    for (let k = start[a]; k < start[a + 1]; k++) {
      const value = values[k];
      const from = (transposed ? a : columns[k]) * width;
      const to = (transposed ? columns[k] : a) * width;
      for (let j = 0; j < width; j++) output[to + j] += value * input[from + j];
    }
  }
  const result = new Float64Array(size * width);
  for (let j = 0; j < width; j++) for (let i = 0; i < size; i++) result[j * size + i] = output[i * width + j];
  return { rows: size, columns: width, data: result };
}

/**
 * Orthonormalises the columns in place (modified Gram-Schmidt, twice for stability); a column
 * that the others already span (a matrix of lower rank than asked) becomes zero.
 */
function orthonormalize(x: Tall): Tall {
  const { rows, columns, data } = x;
  const norms = new Float64Array(columns);
  for (let j = 0; j < columns; j++) for (let i = 0; i < rows; i++) norms[j] += data[j * rows + i] * data[j * rows + i];
  for (let pass = 0; pass < 2; pass++) {
    for (let j = 0; j < columns; j++) {
      const cj = j * rows;
      for (let k = 0; k < j; k++) {
        const ck = k * rows;
        let dot = 0;
        for (let i = 0; i < rows; i++) dot += data[cj + i] * data[ck + i];
        for (let i = 0; i < rows; i++) data[cj + i] -= dot * data[ck + i];
      }
      let norm = 0;
      for (let i = 0; i < rows; i++) norm += data[cj + i] * data[cj + i];
      const scale = norm > 1e-20 * norms[j] ? 1 / Math.sqrt(norm) : 0;
      for (let i = 0; i < rows; i++) data[cj + i] *= scale;
      if (pass === 0) norms[j] = scale === 0 ? 0 : 1;
    }
  }
  return x;
}

/** Eigenvalues and eigenvectors (columns of a row-major n × n) of a symmetric matrix, by cyclic Jacobi rotations. */
export function symmetricEigen(matrix: Float64Array, n: number): { values: number[]; vectors: Float64Array } {
  const a = Float64Array.from(matrix);
  const v = new Float64Array(n * n);
  for (let i = 0; i < n; i++) v[i * n + i] = 1;
  let scale = 0;
  for (let i = 0; i < n * n; i++) scale += a[i] * a[i];
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) off += a[i * n + j] * a[i * n + j];
    if (off <= 1e-24 * scale) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = a[p * n + q];
        if (apq === 0) continue;
        const theta = (a[q * n + q] - a[p * n + p]) / (2 * apq);
        const t = (theta >= 0 ? 1 : -1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = a[k * n + p];
          const akq = a[k * n + q];
          a[k * n + p] = c * akp - s * akq;
          a[k * n + q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = a[p * n + k];
          const aqk = a[q * n + k];
          a[p * n + k] = c * apk - s * aqk;
          a[q * n + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = v[k * n + p];
          const vkq = v[k * n + q];
          v[k * n + p] = c * vkp - s * vkq;
          v[k * n + q] = s * vkp + c * vkq;
        }
      }
    }
  }
  return { values: Array.from({ length: n }, (_, i) => a[i * n + i]), vectors: v };
}

export function truncatedSvd(matrix: SparseRows, rank: number, options: SvdOptions = {}): LowRank {
  const size = matrix.size;
  const width = Math.min(size, rank + (options.oversampling ?? 10));
  const normal = seededNormal(options.seed ?? 1);
  const random: Tall = { rows: size, columns: width, data: new Float64Array(size * width) };
  for (let i = 0; i < random.data.length; i++) random.data[i] = normal();
  // A basis Q of A's range: A Ω, sharpened by power iterations (A Aᵀ)^q A Ω.
  let basis = orthonormalize(multiply(matrix, random, false));
  for (let q = 0; q < (options.powerIterations ?? 2); q++) {
    basis = orthonormalize(multiply(matrix, orthonormalize(multiply(matrix, basis, true)), false));
  }
  // B = Qᵀ A, held as Bᵀ = Aᵀ Q; its SVD from the eigenvectors of B Bᵀ (width × width).
  const projected = multiply(matrix, basis, true);
  const gram = new Float64Array(width * width);
  for (let i = 0; i < width; i++) {
    for (let j = i; j < width; j++) {
      let dot = 0;
      for (let b = 0; b < size; b++) dot += projected.data[i * size + b] * projected.data[j * size + b];
      gram[i * width + j] = gram[j * width + i] = dot;
    }
  }
  const { values, vectors } = symmetricEigen(gram, width);
  const order = values.map((_, i) => i).sort((x, y) => values[y] - values[x] || x - y).slice(0, rank);
  const left = new Float32Array(size * rank);
  const right = new Float32Array(size * rank);
  const singularValues: number[] = [];
  order.forEach((e, k) => {
    const sigma = Math.sqrt(Math.max(values[e], 0));
    singularValues.push(sigma);
    const half = Math.sqrt(sigma);
    for (let i = 0; i < size; i++) {
      // Left vector Q û, right vector Bᵀ û / σ: A ≈ Σ σ u vᵀ, with √σ on each side.
      let u = 0;
      let w = 0;
      for (let j = 0; j < width; j++) {
        const h = vectors[j * width + e];
        u += basis.data[j * size + i] * h;
        w += projected.data[j * size + i] * h;
      }
      left[i * rank + k] = u * half;
      right[i * rank + k] = sigma > 0 ? (w / sigma) * half : 0;
    }
  });
  return { rank, left, right, singularValues };
}
