// Renumbers a model's syllables so that those stripped to the same letters have neighbouring
// ids ("cua": của, cùa, cưa, cửa, cứa…). A stripped word's candidates are then one short run of
// ids, and the decoder finds all their n-grams in one search of each sorted context range.
import { foldText } from '../letters.js';
import { RESERVED, type ModelData } from '../lm.js';

/** The model with ids ordered by stripped spelling (reserved ids first, unchanged), n-grams re-sorted. */
export function renumberByFold(data: ModelData): ModelData {
  const size = data.vocab.length;
  const folds = data.vocab.map((word) => foldText(word));
  const order = Array.from({ length: size - RESERVED.length }, (_, i) => i + RESERVED.length);
  order.sort((a, b) => (folds[a] < folds[b] ? -1 : folds[a] > folds[b] ? 1 : a - b));
  const byNew = [...Array.from({ length: RESERVED.length }, (_, i) => i), ...order];
  const newId = new Uint32Array(size);
  byNew.forEach((old, id) => (newId[old] = id));
  const permuteVocab = (array: Float32Array) => Float32Array.from(byNew, (old) => array[old]);

  // Bigrams: keys (w1 << 16 | w2) fit in 32 bits, so key × 2^20 + index sorts exactly as a double.
  const bigrams = data.bigramKeys.length;
  if (bigrams >= 2 ** 21) throw new Error('renumberByFold: too many bigrams');
  const packed = new Float64Array(bigrams);
  for (let i = 0; i < bigrams; i++) {
    const key = data.bigramKeys[i];
    const renamed = ((newId[key >>> 16] << 16) | newId[key & 0xffff]) >>> 0;
    packed[i] = renamed * 2 ** 21 + i;
  }
  packed.sort();
  const bigramKeys = new Uint32Array(bigrams);
  const bigramScores = new Uint8Array(bigrams);
  const bigramBackoffs = new Uint8Array(bigrams);
  for (let r = 0; r < bigrams; r++) {
    const i = packed[r] % 2 ** 21;
    bigramKeys[r] = Math.floor(packed[r] / 2 ** 21);
    bigramScores[r] = data.bigramScores[i];
    bigramBackoffs[r] = data.bigramBackoffs[i];
  }

  // Trigrams: head (32 bits) and tail (16 bits) leave no room for the index in a double: sort indices.
  const trigrams = data.trigramHeads.length;
  const heads = new Uint32Array(trigrams);
  const tails = new Uint16Array(trigrams);
  for (let i = 0; i < trigrams; i++) {
    const head = data.trigramHeads[i];
    heads[i] = ((newId[head >>> 16] << 16) | newId[head & 0xffff]) >>> 0;
    tails[i] = newId[data.trigramTails[i]];
  }
  const index = new Uint32Array(trigrams);
  for (let i = 0; i < trigrams; i++) index[i] = i;
  index.sort((a, b) => heads[a] - heads[b] || tails[a] - tails[b]);
  return {
    vocab: byNew.map((old) => data.vocab[old]),
    display: byNew.map((old) => data.display[old]),
    unigram: permuteVocab(data.unigram),
    unigramBackoff: permuteVocab(data.unigramBackoff),
    capitalised: permuteVocab(data.capitalised),
    bigramKeys,
    bigramScores,
    bigramBackoffs,
    trigramHeads: Uint32Array.from(index, (i) => heads[i]),
    trigramTails: Uint16Array.from(index, (i) => tails[i]),
    trigramScores: Uint8Array.from(index, (i) => data.trigramScores[i]),
    meta: { ...data.meta, ids: 'ordered by stripped spelling' },
  };
}
