// Counts syllable bigrams and trigrams of clean lines and turns them into the
// Kneser-Ney model. N-grams are packed into doubles and counted by sorting, not hashing.
import { canonicalSyllable } from '../letters.js';
import { NUMBER, RESERVED, START, UNKNOWN, type ModelData } from '../lm.js';
import { kneserNey } from './kneser-ney.js';
import { isSyllable } from '../syllable.js';
import { tokenize } from '../tokenizer.js';
import { casingAt, type Casing } from '../casing.js';

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

export class NgramCounter {
  private readonly ids = new Map<string, number>(RESERVED.map((word, id) => [word, id]));
  private readonly vocab = [...RESERVED];
  private readonly spellings = new Map<string, number>();
  private readonly cased = new Float64Array(SHIFT);
  private readonly capitalised = new Float64Array(SHIFT);
  private readonly bigrams = new GrowingArray();
  private readonly trigrams = new GrowingArray();
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
    const tokens = tokenize(line.normalize('NFC'));
    tokens.forEach((token, index) => {
      if (token.kind === 'word') {
        const id = this.idOf(token.text);
        segment.push(id);
        this.countCasing(id, casingAt(tokens, index), weight);
      } else if (token.kind === 'keep') segment.push(/^\d+$/u.test(token.text) ? NUMBER : UNKNOWN);
      else if (token.kind === 'punct' || token.kind === 'break') flush();
    });
    flush();
  }

  private countCasing(id: number, casing: Casing, weight: number): void {
    if (id === UNKNOWN || casing === 'none') return;
    this.cased[id] += weight;
    if (casing === 'capital') this.capitalised[id] += weight;
  }

  /** P(capitalised | syllable) away from sentence starts, smoothed towards one half. */
  private capitalisation(): Float32Array {
    const out = new Float32Array(this.vocab.length);
    for (let id = 0; id < this.vocab.length; id++) out[id] = (this.capitalised[id] + 0.1) / (this.cased[id] + 0.2);
    return out;
  }

  private countSegment(ids: number[]): void {
    for (let i = 1; i < ids.length; i++) {
      this.tokens++;
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

  /** The model: Kneser-Ney over every counted n-gram (no pruning: it fits in ~11 MB). */
  build(meta: Record<string, unknown> = {}): ModelData {
    const tables = kneserNey(this.vocab.length, this.bigrams.runs(), this.trigrams.runs());
    const { discounts, ...arrays } = tables;
    return {
      vocab: this.vocab,
      display: this.displayForms(),
      capitalised: this.capitalisation(),
      ...arrays,
      meta: {
        ...meta, smoothing: 'interpolated Kneser-Ney', discounts, tokens: this.tokens, vocabulary: this.vocab.length,
        bigrams: arrays.bigramKeys.length, trigrams: arrays.trigramHeads.length,
      },
    };
  }

}
