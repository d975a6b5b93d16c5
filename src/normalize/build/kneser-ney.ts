// Interpolated Kneser-Ney estimates from sorted n-gram counts, written in backoff form:
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
  discounts: { bigram: number; trigram: number };
}

/** Ney's discount from the numbers of n-grams seen once and twice. */
function discountOf(runs: Runs): number {
  let once = 0;
  let twice = 0;
  for (const count of runs.counts) {
    if (count === 1) once++;
    else if (count === 2) twice++;
  }
  return once + 2 * twice === 0 ? 0.5 : once / (once + 2 * twice);
}

/** Per context (the code without its last word): total count and number of distinct followers. */
function contextTotals(runs: Runs): Map<number, { total: number; types: number }> {
  const totals = new Map<number, { total: number; types: number }>();
  for (let i = 0; i < runs.values.length; i++) {
    const context = Math.floor(runs.values[i] / SHIFT);
    const entry = totals.get(context) ?? { total: 0, types: 0 };
    entry.total += runs.counts[i];
    entry.types++;
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

  const bigramDiscount = discountOf(bigrams);
  const byWord = contextTotals(bigrams);
  const unigramBackoff = new Float32Array(vocabularySize);
  for (const [word, { total, types }] of byWord) unigramBackoff[word] = Math.log((bigramDiscount * types) / total);
  const bigramProbability = (index: number) => {
    const code = bigrams.values[index];
    const context = Math.floor(code / SHIFT);
    const { total } = byWord.get(context)!;
    return (bigrams.counts[index] - bigramDiscount) / total + Math.exp(unigramBackoff[context]) * unigramProbability[code % SHIFT];
  };

  const trigramDiscount = discountOf(trigrams);
  const byPair = contextTotals(trigrams);
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
    bigramBackoffs[i] = asContext ? quantizeBackoff(Math.log((trigramDiscount * asContext.types) / asContext.total)) : 0;
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
    const { total, types } = byPair.get(pair)!;
    const lower = probabilityOfBigram.get(w2 * SHIFT + w3) ?? Math.exp(unigramBackoff[w2]) * unigramProbability[w3];
    const probability = (trigrams.counts[i] - trigramDiscount) / total + ((trigramDiscount * types) / total) * lower;
    trigramHeads[i] = ((w1 << 16) | w2) >>> 0;
    trigramTails[i] = w3;
    trigramScores[i] = quantize(Math.log(probability));
  }
  return {
    unigram, unigramBackoff, bigramKeys, bigramScores, bigramBackoffs, trigramHeads, trigramTails, trigramScores,
    discounts: { bigram: bigramDiscount, trigram: trigramDiscount },
  };
}
