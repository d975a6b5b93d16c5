// Counts syllable n-grams (bigrams up to the model's order) of clean lines and turns them into
// the Kneser-Ney model. Lines are kept as a stream of syllable ids; at build time the ids are
// renumbered by stripped spelling, then each order is counted by sorting codes
// `parent entry * 2^16 + word`, the parent found in the order below (a trie, as the model stores it).
import { canonicalSyllable } from '../letters.js';
import { dequantize, dequantizeBackoff, END, keptId, punctuationId, RESERVED, START, UNKNOWN, type ModelData } from '../lm.js';
import { findCode, kneserNey, SHIFT, type Runs } from './kneser-ney.js';
import { foldOrder } from './renumber.js';
import { isSyllable } from '../syllable.js';
import { tokenize } from '../tokenizer.js';
import { casingAt, type Casing } from '../casing.js';

const LETTERS = /^\p{L}+$/u;
/** Ends a segment in the id stream. */
const STOP = -1;

export interface CounterOptions {
  /** Highest order: 3 (trigrams) or 4. @defaultValue 4 */
  order?: 3 | 4;
  /**
   * Fewest occurrences for an n-gram to be kept, by order from bigrams up; an n-gram whose
   * context was dropped goes too. Probabilities and backoff weights are estimated from every
   * n-gram first. @defaultValue 1 for every order (all kept)
   */
  minCounts?: readonly number[];
  /**
   * An n-gram seen fewer times than its order's min count is kept anyway when its log
   * probability and the one backing off would give differ by at least this (nats): the rare
   * n-grams that say something the shorter context does not. @defaultValue Infinity (none kept)
   */
  keepDistinct?: number;
  /**
   * A word of letters that is no syllable (a foreign name, "world", "algérie") written at least this
   * often (a line's weight does not count) is a word of the model's own; rarer ones are all <unk>.
   * @defaultValue Infinity (all <unk>)
   */
  foreignMinCount?: number;
}

class GrowingArray<T extends Float64Array | Int32Array> {
  length = 0;

  constructor(public data: T) {}

  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new (this.data.constructor as new (n: number) => T)(this.data.length * 2);
      bigger.set(this.data as never);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }

  /** Sorted distinct values with their counts. */
  runs(): Runs {
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
  /** Words of letters that are no syllable (foreign names, loanwords), by how often they were seen. */
  private readonly otherWords = new Map<string, number>();
  /** By id, grown as foreign words come: how often a word was seen where case tells, and capitalised there. */
  private cased = new Float64Array(SHIFT);
  private capitalised = new Float64Array(SHIFT);
  /** Every counted segment: its ids after a START, closed by STOP (a line of weight k is there k times). */
  private readonly stream = new GrowingArray(new Int32Array(1 << 20));
  private readonly order: 3 | 4;
  private readonly minCounts: readonly number[];
  private readonly keepDistinct: number;
  private readonly foreignMinCount: number;
  tokens = 0;

  constructor(options: CounterOptions = {}) {
    this.order = options.order ?? 4;
    this.minCounts = options.minCounts ?? [];
    this.keepDistinct = options.keepDistinct ?? Infinity;
    this.foreignMinCount = options.foreignMinCount ?? Infinity;
  }

  private idOf(word: string): number {
    const lower = word.toLowerCase();
    const canonical = canonicalSyllable(lower);
    const syllable = isSyllable(canonical);
    if (!syllable) {
      if (!LETTERS.test(lower)) return UNKNOWN;
      this.otherWords.set(lower, (this.otherWords.get(lower) ?? 0) + 1);
      // Every such word gets an id for now; the build keeps the frequent ones (see foreignMinCount).
      if (!Number.isFinite(this.foreignMinCount)) return UNKNOWN;
    } else this.spellings.set(lower, (this.spellings.get(lower) ?? 0) + 1);
    const key = syllable ? canonical : lower;
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

  /** Counts one line `weight` times; punctuation inside a clause is a word (see punctuationId), other punctuation and blank lines cut the context. */
  add(line: string, weight = 1): void {
    let segment: number[] = [START];
    const flush = () => {
      // The segment's end is a word too: the model learns which words close a clause.
      if (segment.length > 1) segment.push(END);
      if (segment.length > 1) for (let k = 0; k < weight; k++) this.countSegment(segment);
      segment = [START];
    };
    const tokens = tokenize(line.normalize('NFC'));
    tokens.forEach((token, index) => {
      if (token.kind === 'word') {
        const id = this.idOf(token.text);
        segment.push(id);
        this.countCasing(id, casingAt(tokens, index), weight);
      } else if (token.kind === 'keep') segment.push(keptId(token.text));
      else if (token.kind === 'punct' || token.kind === 'break') {
        const id = token.kind === 'punct' ? punctuationId(token.text) : -1;
        if (id < 0) flush();
        else if (segment.length > 1) segment.push(id);
      }
    });
    flush();
  }

  private countCasing(id: number, casing: Casing, weight: number): void {
    if (id === UNKNOWN || casing === 'none') return;
    if (id >= this.cased.length) {
      const grow = (old: Float64Array) => {
        const bigger = new Float64Array(Math.max(2 * old.length, id + 1));
        bigger.set(old);
        return bigger;
      };
      this.cased = grow(this.cased);
      this.capitalised = grow(this.capitalised);
    }
    this.cased[id] += weight;
    if (casing === 'capital') this.capitalised[id] += weight;
  }

  /** P(capitalised | syllable) away from sentence starts, smoothed towards one half. */
  private capitalisation(): Float32Array {
    const out = new Float32Array(this.vocab.length);
    for (let id = 0; id < this.vocab.length; id++) out[id] = ((this.capitalised[id] ?? 0) + 0.1) / ((this.cased[id] ?? 0) + 0.2);
    return out;
  }

  private countSegment(ids: number[]): void {
    for (const id of ids) this.stream.push(id);
    this.stream.push(STOP);
    this.tokens += ids.length - 2;
  }

  /**
   * The codes of one order over the stream, renamed by `newId`: for each n-gram, the parent
   * entry (its first n-1 words, found in `below` by `parentOf`) times 2^16 plus its last word.
   * Returns each position's entry too, as the parents of the next order.
   */
  private countOrder(newId: Uint32Array, parents: Int32Array | undefined): { runs: Runs; entries: Int32Array } {
    const stream = this.stream.data;
    const codes = new GrowingArray(new Float64Array(1 << 20));
    for (let i = 1; i < this.stream.length; i++) {
      if (stream[i] === STOP || stream[i - 1] === STOP) continue;
      // Bigrams hang under their first word; higher orders under the entry that ended one word before.
      const parent = parents ? parents[i - 1] : newId[stream[i - 1]];
      if (parent >= 0) codes.push(parent * SHIFT + newId[stream[i]]);
    }
    const runs = codes.runs();
    const entries = new Int32Array(this.stream.length).fill(-1);
    for (let i = 1; i < this.stream.length; i++) {
      if (stream[i] === STOP || stream[i - 1] === STOP) continue;
      const parent = parents ? parents[i - 1] : newId[stream[i - 1]];
      if (parent >= 0) entries[i] = findCode(runs.values, parent * SHIFT + newId[stream[i]]);
    }
    return { runs, entries };
  }

  /**
   * The words of letters, no syllable, seen at least `minCount` times and at least `minLength`
   * letters long, sorted: the text writes them whole ("campuchia", "sultan"), so the restorer
   * must not cut them as glued syllables.
   */
  wholeWords(minLength: number, minCount: number): string[] {
    return [...this.otherWords]
      .filter(([word, count]) => count >= minCount && [...word].length >= minLength)
      .map(([word]) => word)
      .sort();
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

  /** The model: Kneser-Ney over every counted n-gram, then each order pruned to its `minCounts`. */
  build(meta: Record<string, unknown> = {}): ModelData {
    // Ids ordered by stripped spelling: the decoder finds a stripped word's candidates in one search.
    // Foreign words seen less often than foreignMinCount become <unk> again.
    const { byNew, newId } = foldOrder(this.vocab, (old) => (this.otherWords.get(this.vocab[old]) ?? Infinity) >= this.foreignMinCount);
    if (byNew.length > SHIFT) throw new Error(`${byNew.length} words: the model holds at most ${SHIFT}; raise foreignMinCount`);
    const orders: Runs[] = [];
    let parents: Int32Array | undefined;
    for (let n = 2; n <= this.order; n++) {
      const { runs, entries } = this.countOrder(newId, parents);
      orders.push(runs);
      parents = entries;
    }
    const renamed = <T extends Float32Array>(array: T) => Float32Array.from(byNew, (old) => array[old]);
    const tables = kneserNey(byNew.length, orders);
    const parentOf = (runs: Runs, e: number) => Math.floor(runs.values[e] / SHIFT);
    const wordOf = (runs: Runs, e: number) => runs.values[e] % SHIFT;
    // Each kept entry by order, its parent kept too; and each entry's index among the kept ones.
    const kept: number[][] = [];
    const keptIndex: Int32Array[] = [];
    // log P of an n-gram, and what backing off from its context to its last n-1 words would give.
    const explicit = (level: number, e: number) => dequantize(tables.levels[level].scores[e]);
    const backedOff = (level: number, runs: Runs, e: number) => {
      const parent = parentOf(runs, e);
      const suffix = tables.suffixes[level][e];
      if (level === 0) return tables.unigramBackoff[parent] + tables.unigram[suffix];
      const below = tables.levels[level - 1];
      return dequantizeBackoff(below.backoffs?.[parent] ?? 0) + dequantize(below.scores[suffix]);
    };
    orders.forEach((runs, level) => {
      const min = this.minCounts[level] ?? 1;
      const index = new Int32Array(runs.values.length).fill(-1);
      const list: number[] = [];
      for (let e = 0; e < runs.values.length; e++) {
        if (level > 0 && keptIndex[level - 1][parentOf(runs, e)] < 0) continue;
        if (runs.counts[e] < min && !(Math.abs(explicit(level, e) - backedOff(level, runs, e)) >= this.keepDistinct)) continue;
        index[e] = list.length;
        list.push(e);
      }
      kept.push(list);
      keptIndex.push(index);
    });
    const [bigrams, trigrams, fourgrams = { values: new Float64Array(0), counts: new Uint32Array(0) }] = orders;
    const [bigramTables, trigramTables, fourgramTables = { scores: new Uint8Array(0) }] = tables.levels;
    const [keptBigrams, keptTrigrams, keptFourgrams = []] = kept;
    // Entries of each order that some kept n-gram of the next order extends: only they back off
    // to anything. A context whose every continuation was pruned gives the order below's whole
    // distribution, so its backoff weight is 1 (log 0): the weight estimated before pruning would
    // leave its probabilities summing to less than one.
    const extended = orders.map((runs) => new Uint8Array(runs.values.length));
    kept.forEach((list, level) => {
      if (level > 0) for (const e of list) extended[level - 1][parentOf(orders[level], e)] = 1;
    });
    const backoffOf = (level: number, e: number) =>
      extended[level][e] ? (tables.levels[level].backoffs?.[e] ?? 0) : 0;
    const display = this.displayForms();
    return {
      vocab: byNew.map((old) => this.vocab[old]),
      display: byNew.map((old) => display[old]),
      foreign: byNew.flatMap((old, id) => (this.otherWords.has(this.vocab[old]) ? [id] : [])),
      capitalised: renamed(this.capitalisation()),
      unigram: tables.unigram,
      unigramBackoff: tables.unigramBackoff,
      bigramContexts: Uint32Array.from(keptBigrams, (e) => parentOf(bigrams, e)),
      bigramTails: Uint16Array.from(keptBigrams, (e) => wordOf(bigrams, e)),
      bigramScores: Uint8Array.from(keptBigrams, (e) => bigramTables.scores[e]),
      bigramBackoffs: Uint8Array.from(keptBigrams, (e) => backoffOf(0, e)),
      trigramContexts: Uint32Array.from(keptTrigrams, (e) => keptIndex[0][parentOf(trigrams, e)]),
      trigramTails: Uint16Array.from(keptTrigrams, (e) => wordOf(trigrams, e)),
      trigramScores: Uint8Array.from(keptTrigrams, (e) => trigramTables.scores[e]),
      trigramBackoffs: Uint8Array.from(keptTrigrams, (e) => backoffOf(1, e)),
      fourgramContexts: Uint32Array.from(keptFourgrams, (e) => keptIndex[1][parentOf(fourgrams, e)]),
      fourgramTails: Uint16Array.from(keptFourgrams, (e) => wordOf(fourgrams, e)),
      fourgramScores: Uint8Array.from(keptFourgrams, (e) => fourgramTables.scores[e]),
      meta: {
        ...meta, smoothing: 'interpolated modified Kneser-Ney', discounts: tables.discounts, tokens: this.tokens,
        vocabulary: byNew.length, ...(Number.isFinite(this.foreignMinCount) ? { foreignMinCount: this.foreignMinCount } : {}), bigrams: keptBigrams.length, trigrams: keptTrigrams.length,
        fourgrams: keptFourgrams.length, minCounts: orders.map((_, level) => this.minCounts[level] ?? 1), ids: 'ordered by stripped spelling',
        ...(Number.isFinite(this.keepDistinct) ? { keepDistinct: this.keepDistinct } : {}),
      },
    };
  }
}
