// Interpolated modified Kneser-Ney estimates (three discounts, Chen & Goodman) from sorted
// n-gram counts, written in backoff form:
// the full interpolated log probability of every seen n-gram, plus a log weight per context
// that scales the lower order for n-grams the context never saw.
import { START, quantize, quantizeBackoff } from '../lm.js';

const SHIFT = 65536;

/** Sorted distinct n-gram codes with their counts. */
export interface Runs {
  values: Float64Array;
  counts: Uint32Array;
}

export interface KneserNeyTables {
  unigram: Float32Array;
  unigramBackoff: Float32Array;
  bigramKeys: Uint32Array;
  bigramScores: Uint8Array;
  bigramBackoffs: Uint8Array;
  trigramHeads: Uint32Array;
  trigramTails: Uint16Array;
  trigramScores: Uint8Array;
  discounts: { bigram: Discounts; trigram: Discounts };
}

/** Discounts for n-grams seen once, twice, and three times or more. */
type Discounts = [number, number, number];

/** Chen & Goodman's discounts from the numbers of n-grams seen one to four times. */
function discountsOf(runs: Runs): Discounts {
  const n = [0, 0, 0, 0, 0];
  for (const count of runs.counts) if (count <= 4) n[count]++;
  const y = n[1] + 2 * n[2] === 0 ? 0.5 : n[1] / (n[1] + 2 * n[2]);
  const d = (k: number) => (n[k] === 0 ? y : Math.min(k, Math.max(0, k - ((k + 1) * y * n[k + 1]) / n[k])));
  return [d(1), d(2), d(3)];
}

function discountFor(discounts: Discounts, count: number): number {
  return discounts[Math.min(count, 3) - 1];
}

/** Per context (the code without its last word): total count and the discount mass it frees. */
function contextTotals(runs: Runs, discounts: Discounts): Map<number, { total: number; freed: number }> {
  const totals = new Map<number, { total: number; freed: number }>();
  for (let i = 0; i < runs.values.length; i++) {
    const context = Math.floor(runs.values[i] / SHIFT);
    const entry = totals.get(context) ?? { total: 0, freed: 0 };
    entry.total += runs.counts[i];
    entry.freed += discountFor(discounts, runs.counts[i]);
    totals.set(context, entry);
  }
  return totals;
}

export function kneserNey(vocabularySize: number, bigrams: Runs, trigrams: Runs): KneserNeyTables {
  // Continuation unigram: in how many distinct contexts each word follows.
  const continuation = new Float64Array(vocabularySize);
  for (let i = 0; i < bigrams.values.length; i++) continuation[bigrams.values[i] % SHIFT]++;
  const bigramTypes = bigrams.values.length;
  const unigramProbability = new Float64Array(vocabularySize);
  const unigram = new Float32Array(vocabularySize);
  for (let id = 0; id < vocabularySize; id++) {
    unigramProbability[id] = Math.max(continuation[id], 0.5) / bigramTypes;
    unigram[id] = Math.log(unigramProbability[id]);
  }
  unigram[START] = Math.log(0.5 / bigramTypes);

  const bigramDiscounts = discountsOf(bigrams);
  const byWord = contextTotals(bigrams, bigramDiscounts);
  const unigramBackoff = new Float32Array(vocabularySize);
  for (const [word, { total, freed }] of byWord) unigramBackoff[word] = Math.log(freed / total);
  const bigramProbability = (index: number) => {
    const code = bigrams.values[index];
    const context = Math.floor(code / SHIFT);
    const { total } = byWord.get(context)!;
    const count = bigrams.counts[index];
    return (count - discountFor(bigramDiscounts, count)) / total + Math.exp(unigramBackoff[context]) * unigramProbability[code % SHIFT];
  };

  const trigramDiscounts = discountsOf(trigrams);
  const byPair = contextTotals(trigrams, trigramDiscounts);
  const bigramKeys = new Uint32Array(bigrams.values.length);
  const bigramScores = new Uint8Array(bigrams.values.length);
  const bigramBackoffs = new Uint8Array(bigrams.values.length);
  const probabilityOfBigram = new Map<number, number>();
  for (let i = 0; i < bigrams.values.length; i++) {
    const code = bigrams.values[i];
    const w1 = Math.floor(code / SHIFT);
    const w2 = code % SHIFT;
    const probability = bigramProbability(i);
    probabilityOfBigram.set(code, probability);
    bigramKeys[i] = ((w1 << 16) | w2) >>> 0;
    bigramScores[i] = quantize(Math.log(probability));
    const asContext = byPair.get(code);
    bigramBackoffs[i] = asContext ? Math.max(1, quantizeBackoff(Math.log(asContext.freed / asContext.total))) : 0;
  }

  const trigramHeads = new Uint32Array(trigrams.values.length);
  const trigramTails = new Uint16Array(trigrams.values.length);
  const trigramScores = new Uint8Array(trigrams.values.length);
  for (let i = 0; i < trigrams.values.length; i++) {
    const code = trigrams.values[i];
    const pair = Math.floor(code / SHIFT);
    const w3 = code % SHIFT;
    const w1 = Math.floor(pair / SHIFT);
    const w2 = pair % SHIFT;
    const { total, freed } = byPair.get(pair)!;
    const lower = probabilityOfBigram.get(w2 * SHIFT + w3) ?? Math.exp(unigramBackoff[w2]) * unigramProbability[w3];
    const count = trigrams.counts[i];
    const probability = (count - discountFor(trigramDiscounts, count)) / total + (freed / total) * lower;
    trigramHeads[i] = ((w1 << 16) | w2) >>> 0;
    trigramTails[i] = w3;
    trigramScores[i] = quantize(Math.log(probability));
  }
  return {
    unigram, unigramBackoff, bigramKeys, bigramScores, bigramBackoffs, trigramHeads, trigramTails, trigramScores,
    discounts: { bigram: bigramDiscounts, trigram: trigramDiscounts },
  };
}
