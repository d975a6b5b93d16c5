// What the words around a position say of it beyond the n-gram window: "lá" (leaf) near "sả",
// "bưởi", "gừng"; "đĩa" (disc) near "dữ liệu", "cứng". From the corpus, T(a, b) is how much more
// often syllable b stands within `window` syllables of a than anywhere (a smoothed log ratio),
// stored as prior[a] + target[a] · context[b] (a low-rank factorisation, see build/topics.ts).
// The restorer adds each reading's sum of T over the first pass's words around it.
import { createHash } from 'node:crypto';
import { RESERVED } from './lm.js';
import { packStreams, unpackStreams } from './packed.js';

const MAGIC = 'HOSOTOP1\n';
/** Ids below this are reserved words (<s>, <unk>, <num>, punctuation): no topic either way. */
export const FIRST_WORD = RESERVED.length;

export interface TopicData {
  /** How many syllables either side count as around. */
  window: number;
  rank: number;
  /** The language model's vocabulary the ids are of, as vocabularyHash gives it. */
  vocabularyHash: string;
  /** T(a, b) for a b never seen near a, by a. */
  prior: Float32Array;
  /** rank numbers per id, id after id. */
  targets: Float32Array;
  contexts: Float32Array;
  meta: Record<string, unknown>;
}

/** A short fingerprint of a vocabulary: topic vectors are only valid for the model they were built with. */
export function vocabularyHash(vocab: readonly string[]): string {
  return createHash('sha256').update(vocab.join('\n')).digest('hex').slice(0, 16);
}

export class TopicModel {
  readonly window: number;
  readonly rank: number;
  private readonly prior: Float32Array;
  private readonly targets: Float32Array;
  private readonly contexts: Float32Array;

  constructor(data: TopicData) {
    this.window = data.window;
    this.rank = data.rank;
    this.prior = data.prior;
    this.targets = data.targets;
    this.contexts = data.contexts;
  }

  /**
   * Adds weight × Σ T(a, b) / √n to the score of each option a of every position that has two
   * options or more, over the n words b read within the window of the position (itself left out).
   * `chosen` is the word read at each position (ids below FIRST_WORD take a place but count as
   * none); position p's options are optionIds[starts[p] .. starts[p + 1]), their scores at the
   * same indices of `scores`.
   */
  lift(chosen: Int32Array, starts: Int32Array, optionIds: Int32Array, scores: Float64Array, weight: number): void {
    const { rank, window, prior, targets, contexts } = this;
    const positions = chosen.length;
    const sum = new Float64Array(rank);
    // Counted here, not in a closure: a variable a closure writes lives on the heap (twice as slow).
    let count = 0;
    // The window [p - window, p + window], slid along: each word enters and leaves once.
    let to = 0;
    for (let p = 0; p < positions; p++) {
      for (; to < positions && to <= p + window; to++) count += addWord(sum, contexts, chosen[to], 1);
      if (p > window) count += addWord(sum, contexts, chosen[p - window - 1], -1);
      const first = starts[p];
      const last = starts[p + 1];
      if (last - first < 2) continue;
      // The position's own reading is left out while its options are scored.
      count += addWord(sum, contexts, chosen[p], -1);
      if (count > 0) {
        const scale = weight / Math.sqrt(count);
        for (let k = first; k < last; k++) {
          const id = optionIds[k];
          if (id < FIRST_WORD) continue;
          scores[k] += scale * dotFrom(count * prior[id], targets, id * rank, sum);
        }
      }
      count += addWord(sum, contexts, chosen[p], 1);
    }
  }
}

/**
 * sum += sign × the row of word `id` in `rows` (rows of sum's length); returns how much the
 * count of words in the sum changes: `sign`, or 0 for an id below FIRST_WORD, which counts as none.
 */
function addWord(sum: Float64Array, rows: Float32Array, id: number, sign: 1 | -1): number {
  if (id < FIRST_WORD) return 0;
  const row = id * sum.length;
  for (let j = 0; j < sum.length; j++) sum[j] += sign * rows[row + j];
  return sign;
}

/** start + Σ rows[row + j] × sum[j], added in order j = 0, 1, …; four a turn, which runs faster. */
function dotFrom(start: number, rows: Float32Array, row: number, sum: Float64Array): number {
  const rank = sum.length;
  let dot = start;
  let j = 0;
  for (; j + 3 < rank; j += 4) {
    dot += rows[row + j] * sum[j];
    dot += rows[row + j + 1] * sum[j + 1];
    dot += rows[row + j + 2] * sum[j + 2];
    dot += rows[row + j + 3] * sum[j + 3];
  }
  for (; j < rank; j++) dot += rows[row + j] * sum[j];
  return dot;
}

/** Each row as int8 times its own scale: a quarter of the floats' size, well within what T's smoothing can tell. */
function quantizeRows(values: Float32Array, rank: number): { scales: Float32Array; levels: Int8Array } {
  const rows = values.length / rank;
  const scales = new Float32Array(rows);
  const levels = new Int8Array(values.length);
  for (let r = 0; r < rows; r++) {
    let largest = 0;
    for (let j = 0; j < rank; j++) largest = Math.max(largest, Math.abs(values[r * rank + j]));
    const scale = largest / 127;
    scales[r] = scale;
    if (scale > 0) for (let j = 0; j < rank; j++) levels[r * rank + j] = Math.round(values[r * rank + j] / scale);
  }
  return { scales, levels };
}

function dequantizeRows(scales: Float32Array, levels: Int8Array, rank: number): Float32Array {
  const values = new Float32Array(levels.length);
  for (let i = 0; i < levels.length; i++) values[i] = levels[i] * scales[Math.floor(i / rank)];
  return values;
}

export function serializeTopics(data: TopicData): Buffer {
  const header = Buffer.from(JSON.stringify({ window: data.window, rank: data.rank, vocabularyHash: data.vocabularyHash, size: data.prior.length, meta: data.meta }), 'utf8');
  const targets = quantizeRows(data.targets, data.rank);
  const contexts = quantizeRows(data.contexts, data.rank);
  const bytes = (array: Float32Array | Int8Array) => Buffer.from(array.buffer, array.byteOffset, array.byteLength);
  const streams = [header, bytes(data.prior), bytes(targets.scales), bytes(targets.levels), bytes(contexts.scales), bytes(contexts.levels)];
  return packStreams(MAGIC, streams);
}

export function deserializeTopics(compressed: Buffer): TopicData {
  const next = unpackStreams(compressed, MAGIC, () => new Error('not a hoso topic file of this version: rebuild the dictionaries with npm run build:dictionary'));
  const header = JSON.parse(next().toString('utf8')) as { window: number; rank: number; vocabularyHash: string; size: number; meta: Record<string, unknown> };
  const floats = (stream: Buffer) => new Float32Array(stream.buffer, stream.byteOffset, stream.byteLength / 4);
  const int8s = (stream: Buffer) => new Int8Array(stream.buffer, stream.byteOffset, stream.byteLength);
  const prior = floats(next());
  const targetScales = floats(next());
  const targets = dequantizeRows(targetScales, int8s(next()), header.rank);
  const contextScales = floats(next());
  const contexts = dequantizeRows(contextScales, int8s(next()), header.rank);
  if (prior.length !== header.size || targets.length !== header.size * header.rank || contexts.length !== header.size * header.rank) {
    throw new Error('a damaged hoso topic file: rebuild the dictionaries with npm run build:dictionary');
  }
  return { window: header.window, rank: header.rank, vocabularyHash: header.vocabularyHash, prior, targets, contexts, meta: header.meta };
}
