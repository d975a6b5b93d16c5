// Interpolated modified Kneser-Ney estimates (three discounts per order, Chen & Goodman) over
// an n-gram trie, written in backoff form: the full interpolated log probability of every kept
// n-gram, plus a log weight per context that scales the lower order for n-grams it never saw.
// Lower orders count continuations (in how many distinct contexts an n-gram follows), the
// highest order and n-grams that open a segment count occurrences.
import { START, quantize, quantizeBackoff } from '../lm.js';

export const SHIFT = 65536;

/**
 * One order of the trie: distinct codes `parent * SHIFT + word`, ascending, with their counts.
 * The parent is the entry of the order below that holds the n-gram's first n-1 words (for
 * bigrams, the first word's id).
 */
export interface Runs {
  values: Float64Array;
  counts: Uint32Array;
}

/** Scores of one order of the trie, entry by entry as in its Runs. */
export interface LevelTables {
  /** Quantised log P(word | context). */
  scores: Uint8Array;
  /** Quantised log weight of the entry as a context (0 when nothing follows it); none for the highest order. */
  backoffs?: Uint8Array;
}

export interface KneserNeyTables {
  unigram: Float32Array;
  unigramBackoff: Float32Array;
  /** Orders 2 and up. */
  levels: LevelTables[];
  /** Discounts by order, from 2 up. */
  discounts: Discounts[];
  /** By order from 2 up, each n-gram's last n-1 words: an entry of the order below (for bigrams, the word's id). */
  suffixes: Uint32Array[];
}

/** Discounts for n-grams seen once, twice, and three times or more. */
type Discounts = [number, number, number];

/** The index of `code` in the ascending `values`, or -1. */
export function findCode(values: Float64Array, code: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (values[middle] < code) low = middle + 1;
    else high = middle;
  }
  return low < values.length && values[low] === code ? low : -1;
}

/** Chen & Goodman's discounts from the numbers of n-grams seen one to four times. */
function discountsOf(counts: Uint32Array): Discounts {
  const n = [0, 0, 0, 0, 0];
  for (const count of counts) if (count <= 4) n[count]++;
  const y = n[1] + 2 * n[2] === 0 ? 0.5 : n[1] / (n[1] + 2 * n[2]);
  const d = (k: number) => (n[k] === 0 ? y : Math.min(k, Math.max(0, k - ((k + 1) * y * n[k + 1]) / n[k])));
  return [d(1), d(2), d(3)];
}

function discountFor(discounts: Discounts, count: number): number {
  return discounts[Math.min(count, 3) - 1];
}

/**
 * @param orders the trie's orders from bigrams up, each entry's parent an index into the order below
 */
export function kneserNey(vocabularySize: number, orders: Runs[]): KneserNeyTables {
  const parentOf = (runs: Runs, e: number) => Math.floor(runs.values[e] / SHIFT);
  const wordOf = (runs: Runs, e: number) => runs.values[e] % SHIFT;

  // The entry one order below that holds each n-gram's last n-1 words.
  const suffixes: Uint32Array[] = [];
  orders.forEach((runs, level) => {
    const suffix = new Uint32Array(runs.values.length);
    for (let e = 0; e < suffix.length; e++) {
      if (level === 0) {
        suffix[e] = wordOf(runs, e);
        continue;
      }
      const below = orders[level - 1];
      const found = findCode(below.values, suffixes[level - 1][parentOf(runs, e)] * SHIFT + wordOf(runs, e));
      if (found < 0) throw new Error('kneserNey: an n-gram whose suffix was never counted');
      suffix[e] = found;
    }
    suffixes.push(suffix);
  });

  // Continuation counts: in how many distinct contexts each n-gram (and unigram) follows.
  const continuation = (level: number, size: number) => {
    const counts = new Uint32Array(size);
    if (level < orders.length) for (const e of suffixes[level]) counts[e]++;
    return counts;
  };
  const unigramContinuation = continuation(0, vocabularySize);
  const adjusted = orders.map((runs, level) => {
    if (level === orders.length - 1) return runs.counts;
    // An n-gram that opens a segment follows nothing: it keeps its own count.
    const follows = continuation(level + 1, runs.values.length);
    return follows.map((count, e) => (count > 0 ? count : runs.counts[e]));
  });

  const bigramTypes = orders[0].values.length;
  const unigramProbability = new Float64Array(vocabularySize);
  const unigram = new Float32Array(vocabularySize);
  for (let id = 0; id < vocabularySize; id++) {
    unigramProbability[id] = Math.max(unigramContinuation[id], 0.5) / bigramTypes;
    unigram[id] = Math.log(unigramProbability[id]);
  }
  unigram[START] = Math.log(0.5 / bigramTypes);

  let lower = unigramProbability;
  const levels: LevelTables[] = [];
  const discounts: Discounts[] = [];
  let unigramBackoff = new Float32Array(vocabularySize);
  orders.forEach((runs, level) => {
    const counts = adjusted[level];
    const discount = discountsOf(counts);
    discounts.push(discount);
    // Per context (the parent's entries are one run of the sorted codes): total and freed mass.
    const parents = level === 0 ? vocabularySize : orders[level - 1].values.length;
    const total = new Float64Array(parents);
    const freed = new Float64Array(parents);
    for (let e = 0; e < counts.length; e++) {
      const parent = parentOf(runs, e);
      total[parent] += counts[e];
      freed[parent] += discountFor(discount, counts[e]);
    }
    const weight = (parent: number) => freed[parent] / total[parent];
    if (level === 0) {
      unigramBackoff = Float32Array.from(total, (sum, w) => (sum > 0 ? Math.log(weight(w)) : 0));
    } else {
      // The order below, as contexts of this one.
      levels[level - 1].backoffs = Uint8Array.from(total, (sum, p) => (sum > 0 ? Math.max(1, quantizeBackoff(Math.log(weight(p)))) : 0));
    }
    const probability = new Float64Array(counts.length);
    const scores = new Uint8Array(counts.length);
    for (let e = 0; e < counts.length; e++) {
      const parent = parentOf(runs, e);
      probability[e] = (counts[e] - discountFor(discount, counts[e])) / total[parent] + weight(parent) * lower[suffixes[level][e]];
      scores[e] = quantize(Math.log(probability[e]));
    }
    levels.push({ scores });
    lower = probability;
  });
  return { unigram, unigramBackoff, levels, discounts, suffixes };
}
