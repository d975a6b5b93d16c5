// Counts syllable unigrams, bigrams and trigrams of clean lines and turns them into the pruned
// stupid-backoff model. N-grams are packed into doubles and counted by sorting, not hashing.
import { canonicalSyllable } from '../letters.js';
import { NUMBER, RESERVED, START, UNKNOWN, quantize, type ModelData } from '../lm.js';
import { isSyllable } from '../syllable.js';
import { tokenize } from '../tokenizer.js';

const SHIFT = 65536;

class GrowingArray {
  data = new Float64Array(1 << 20);
  length = 0;

  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new Float64Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }

  /** Sorted distinct values with their counts. */
  runs(): { values: Float64Array; counts: Uint32Array } {
    const sorted = this.data.subarray(0, this.length).sort();
    const values: number[] = [];
    const counts: number[] = [];
    for (let i = 0; i < sorted.length; ) {
      let j = i;
      while (j < sorted.length && sorted[j] === sorted[i]) j++;
      values.push(sorted[i]);
      counts.push(j - i);
      i = j;
    }
    return { values: Float64Array.from(values), counts: Uint32Array.from(counts) };
  }
}

function binarySearch(values: Float64Array, target: number): number {
  let lo = 0;
  let hi = values.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid] === target) return mid;
    if (values[mid] < target) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

export interface PruneOptions {
  /** Least count of a stored trigram. @defaultValue 2 */
  minTrigram?: number;
  /** Least count of a stored bigram. @defaultValue 1 */
  minBigram?: number;
}

export class NgramCounter {
  private readonly ids = new Map<string, number>(RESERVED.map((word, id) => [word, id]));
  private readonly vocab = [...RESERVED];
  private readonly spellings = new Map<string, number>();
  private readonly unigrams = new Float64Array(SHIFT);
  private readonly bigrams = new GrowingArray();
  private readonly trigrams = new GrowingArray();
  private starts = 0;
  tokens = 0;

  private idOf(word: string): number {
    const lower = word.toLowerCase();
    const key = canonicalSyllable(lower);
    if (!isSyllable(key)) return UNKNOWN;
    this.spellings.set(lower, (this.spellings.get(lower) ?? 0) + 1);
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.vocab.length;
      this.vocab.push(key);
      this.ids.set(key, id);
    }
    return id;
  }

  /** Makes syllables known even where the corpus never uses them (e.g. from a word list). */
  addVocabulary(syllables: Iterable<string>): void {
    for (const syllable of syllables) {
      const key = canonicalSyllable(syllable.toLowerCase());
      if (!isSyllable(key) || this.ids.has(key)) continue;
      this.ids.set(key, this.vocab.length);
      this.vocab.push(key);
    }
  }

  /** Counts one line `weight` times; punctuation and blank lines cut the context. */
  add(line: string, weight = 1): void {
    let segment: number[] = [START];
    const flush = () => {
      if (segment.length > 1) for (let k = 0; k < weight; k++) this.countSegment(segment);
      segment = [START];
    };
    for (const token of tokenize(line.normalize('NFC'))) {
      if (token.kind === 'word') segment.push(this.idOf(token.text));
      else if (token.kind === 'keep') segment.push(/^\d+$/u.test(token.text) ? NUMBER : UNKNOWN);
      else if (token.kind === 'punct' || token.kind === 'break') flush();
    }
    flush();
  }

  private countSegment(ids: number[]): void {
    this.starts++;
    for (let i = 1; i < ids.length; i++) {
      this.tokens++;
      this.unigrams[ids[i]]++;
      this.bigrams.push(ids[i - 1] * SHIFT + ids[i]);
      if (i >= 2) this.trigrams.push((ids[i - 2] * SHIFT + ids[i - 1]) * SHIFT + ids[i]);
    }
  }

  /** The most frequent spelling of each canonical syllable ("hoà" or "hòa"). */
  private displayForms(): string[] {
    const best = new Map<string, [string, number]>();
    for (const [spelling, count] of this.spellings) {
      const key = canonicalSyllable(spelling);
      const current = best.get(key);
      if (!current || count > current[1]) best.set(key, [spelling, count]);
    }
    return this.vocab.map((key) => best.get(key)?.[0] ?? key);
  }

  build(options: PruneOptions = {}, meta: Record<string, unknown> = {}): ModelData {
    const minTrigram = options.minTrigram ?? 2;
    const minBigram = options.minBigram ?? 1;
    const total = this.tokens;
    const history = (id: number) => (id === START ? this.starts : this.unigrams[id]);
    const unigram = new Float32Array(this.vocab.length);
    for (let id = 0; id < this.vocab.length; id++) unigram[id] = Math.log(Math.max(this.unigrams[id], 0.5) / total);

    const bi = this.bigrams.runs();
    const bigramKeys: number[] = [];
    const bigramScores: number[] = [];
    for (let i = 0; i < bi.values.length; i++) {
      if (bi.counts[i] < minBigram) continue;
      const w1 = Math.floor(bi.values[i] / SHIFT);
      const w2 = bi.values[i] % SHIFT;
      bigramKeys.push(((w1 << 16) | w2) >>> 0);
      bigramScores.push(quantize(Math.log(bi.counts[i] / history(w1))));
    }

    const tri = this.trigrams.runs();
    const heads: number[] = [];
    const tails: number[] = [];
    const triScores: number[] = [];
    for (let i = 0; i < tri.values.length; i++) {
      if (tri.counts[i] < minTrigram) continue;
      const code = tri.values[i];
      const w3 = code % SHIFT;
      const pair = Math.floor(code / SHIFT);
      const at = binarySearch(bi.values, pair);
      const w1 = Math.floor(pair / SHIFT);
      const w2 = pair % SHIFT;
      heads.push(((w1 << 16) | w2) >>> 0);
      tails.push(w3);
      triScores.push(quantize(Math.log(tri.counts[i] / bi.counts[at])));
    }
    return {
      vocab: this.vocab,
      display: this.displayForms(),
      unigram,
      bigramKeys: Uint32Array.from(bigramKeys),
      bigramScores: Uint8Array.from(bigramScores),
      trigramHeads: Uint32Array.from(heads),
      trigramTails: Uint16Array.from(tails),
      trigramScores: Uint8Array.from(triScores),
      meta: { ...meta, tokens: total, vocabulary: this.vocab.length, bigrams: bigramKeys.length, trigrams: heads.length },
    };
  }
}
