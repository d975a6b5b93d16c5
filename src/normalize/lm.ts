// The syllable four-gram language model (interpolated Kneser-Ney, stored in backoff form): a
// vocabulary of canonical syllables, quantised log probabilities and backoff weights in typed
// arrays, a trie whose every order is looked up by search within the sorted range of a context.
import { gunzipSync, gzipSync } from 'node:zlib';

/** Reserved ids: segment start, out-of-vocabulary word, number. */
export const START = 0;
export const UNKNOWN = 1;
export const NUMBER = 2;
export const RESERVED = ['<s>', '<unk>', '<num>'];

/** Quantisation step of stored log probabilities (natural log units per level). */
const STEP = 0.1;
/** Quantisation step of stored log backoff weights. */
const BACKOFF_STEP = 0.04;
// Version 5 adds four-grams under their trigram context (v4: trigrams, keys delta-encoded).
const MAGIC = 'HOSOLM5\n';

export function quantize(logScore: number, step = STEP): number {
  return Math.min(255, Math.max(0, Math.round(-logScore / step)));
}

export function quantizeBackoff(logWeight: number): number {
  return quantize(logWeight, BACKOFF_STEP);
}

/** The serialised model: sorted n-gram keys with their quantised scores. */
export interface ModelData {
  /** Canonical lowercase syllables by id, the reserved tokens first. */
  vocab: string[];
  /** How each syllable is best written (the most frequent spelling of its tone placement). */
  display: string[];
  /** Log unigram probability by id. */
  unigram: Float32Array;
  /** Log backoff weight of each id as a one-word context. */
  unigramBackoff: Float32Array;
  /** P(capitalised | syllable) where case tells something (see casing.ts). */
  capitalised: Float32Array;
  /** Bigram keys (w1 << 16 | w2), quantised log P(w2 | w1), and log backoff of (w1 w2) as a context. */
  bigramKeys: Uint32Array;
  bigramScores: Uint8Array;
  bigramBackoffs: Uint8Array;
  /** Trigram keys (w1 << 16 | w2, w3), quantised log P(w3 | w1 w2), and log backoff of (w1 w2 w3) as a context. */
  trigramHeads: Uint32Array;
  trigramTails: Uint16Array;
  trigramScores: Uint8Array;
  trigramBackoffs: Uint8Array;
  /** Four-grams: their context as an index into the sorted trigrams, w4, and quantised log P(w4 | w1 w2 w3). */
  fourgramContexts: Uint32Array;
  fourgramTails: Uint16Array;
  fourgramScores: Uint8Array;
  /** Where the text came from, for the NOTICE and the bench. */
  meta: Record<string, unknown>;
}

/** The first index in sorted[from, to) holding `value`, or -1. */
function search(sorted: Uint16Array, from: number, to: number, value: number): number {
  let low = from;
  let high = to;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle] < value) low = middle + 1;
    else high = middle;
  }
  return low < to && sorted[low] === value ? low : -1;
}

/** The first index in [at, to) whose key is not below `value`, or `to`: galloping, then halving. */
function seek(sorted: Uint16Array, at: number, to: number, value: number): number {
  if (at >= to || sorted[at] >= value) return at;
  // sorted[low] < value throughout; the answer lies in (low, high].
  let low = at;
  let step = 1;
  while (low + step < to && sorted[low + step] < value) {
    low += step;
    step *= 2;
  }
  let high = Math.min(low + step, to);
  while (high - low > 1) {
    const middle = (low + high) >>> 1;
    if (sorted[middle] < value) low = middle;
    else high = middle;
  }
  return high;
}

/** Whether keys (then tails, where keys are equal) ascend. */
function isSorted(keys: Uint32Array, tails?: Uint16Array): boolean {
  for (let i = 1; i < keys.length; i++) {
    if (keys[i] < keys[i - 1] || (tails && keys[i] === keys[i - 1] && tails[i] <= tails[i - 1])) return false;
  }
  return true;
}

/** starts[c] .. starts[c + 1]: the entries under context c, from the sorted context of each entry. */
function rangesOf(contexts: ArrayLike<number>, size: number): Uint32Array {
  const starts = new Uint32Array(size + 1);
  for (let i = 0; i < contexts.length; i++) starts[contexts[i] + 1]++;
  for (let c = 0; c < size; c++) starts[c + 1] += starts[c];
  return starts;
}

/** log2 of the number of slots of each lookup memo. */
const MEMO_BITS = 16;
/** log2 of the slots of the bigram score memo. */
const BIGRAM_MEMO_BITS = 16;

/**
 * A direct-mapped memo of binary searches, keyed by (range start, value): decoding asks for the
 * same n-grams again and again (each state of a position, the document cache's second pass).
 * It only remembers answers, so results never depend on what was asked before.
 */
class SearchMemo {
  private readonly keys = new Float64Array(1 << MEMO_BITS).fill(-1);
  private readonly found = new Int32Array(1 << MEMO_BITS);

  constructor(private readonly sorted: Uint16Array) {}

  /** The index in sorted[from, to) holding `value`, or -1. */
  find(from: number, to: number, value: number): number {
    if (from === to) return -1;
    const key = from * 65536 + value;
    const slot = (Math.imul(from, 0x9e3779b1) ^ Math.imul(value + 1, 0x85ebca6b)) >>> (32 - MEMO_BITS);
    if (this.keys[slot] === key) return this.found[slot];
    const at = search(this.sorted, from, to, value);
    this.keys[slot] = key;
    this.found[slot] = at;
    return at;
  }
}

/**
 * One order of the trie, walked by the decoder: the n-grams under each context (an index into
 * the order below, -1 for a context never seen) are a range of their last words, ascending.
 */
export class NgramLevel {
  constructor(
    private readonly start: Uint32Array,
    private readonly tails: Uint16Array,
    private readonly scores: Uint8Array,
  ) {}

  /** Where the n-grams of a context start (an empty range for -1). */
  from(context: number): number {
    return context < 0 ? 0 : this.start[context];
  }

  /** Where the n-grams of a context end (exclusive). */
  to(context: number): number {
    return context < 0 ? 0 : this.start[context + 1];
  }

  /**
   * The first index in [at, to) whose last word is not below `word` (or `to`): galloping from
   * `at`, so a caller walking its candidates in ascending id order pays little for each after the first.
   */
  seek(at: number, to: number, word: number): number {
    return seek(this.tails, at, to, word);
  }

  /** Whether the n-gram at `at` (from `seek`) ends in `word`. */
  endsIn(at: number, to: number, word: number): boolean {
    return at < to && this.tails[at] === word;
  }

  /** log P of the n-gram at `at`. */
  scoreAt(at: number): number {
    return -this.scores[at] * STEP;
  }
}

/**
 * N-grams as sorted ranges of a trie, so that the lookups of one context stay in a few cache
 * lines: the bigrams of w1 are bigramTails[bigramStart[w1] .. bigramStart[w1 + 1]) (the w2 of
 * each, ascending), the trigrams of the bigram at index b are trigramTails[trigramStart[b] ..
 * trigramStart[b + 1]), and the four-grams of the trigram at index t are fourgramTails[
 * fourgramStart[t] .. fourgramStart[t + 1]). Every n-gram's context is a counted (n-1)-gram.
 */
export class LanguageModel {
  readonly vocab: string[];
  readonly display: string[];
  readonly meta: Record<string, unknown>;
  private readonly ids: Map<string, number>;
  private readonly unigram: Float32Array;
  private readonly unigramBackoff: Float32Array;
  private readonly capitalised: Float32Array;
  private readonly bigramStart: Uint32Array;
  private readonly bigramTails: Uint16Array;
  private readonly bigramScores: Uint8Array;
  private readonly bigramBackoffs: Uint8Array;
  private readonly trigramStart: Uint32Array;
  private readonly trigramTails: Uint16Array;
  private readonly trigramScores: Uint8Array;
  private readonly trigramBackoffs: Uint8Array;
  private readonly fourgramStart: Uint32Array;
  private readonly fourgramTails: Uint16Array;
  private readonly fourgramScores: Uint8Array;
  /** The trigrams under each bigram (an index from `context`), and the four-grams under each trigram. */
  readonly trigrams: NgramLevel;
  readonly fourgrams: NgramLevel;
  /** No score the model gives (log P(w4 | w1 w2 w3), backed off or not) exceeds this. */
  readonly highestScore: number;
  private readonly bigramMemo: SearchMemo;
  /** Bigram scores asked before, by (w2 << 16 | w3); the key 0xffffffff is no pair (ids stay below 65535). */
  private readonly bigramMemoKeys = new Uint32Array(1 << BIGRAM_MEMO_BITS).fill(0xffffffff);
  private readonly bigramMemoScores = new Float64Array(1 << BIGRAM_MEMO_BITS);
  private readonly trigramMemo: SearchMemo;

  constructor(data: ModelData) {
    this.vocab = data.vocab;
    this.display = data.display;
    this.meta = data.meta;
    this.unigram = data.unigram;
    this.unigramBackoff = data.unigramBackoff;
    this.capitalised = data.capitalised;
    this.ids = new Map(data.vocab.map((word, id) => [word, id]));
    const size = data.vocab.length;
    if (!isSorted(data.bigramKeys) || !isSorted(data.trigramHeads, data.trigramTails)) {
      throw new Error('not a hoso language model: n-grams out of order');
    }
    for (let i = 1; i < data.fourgramContexts.length; i++) {
      const context = data.fourgramContexts[i];
      const previous = data.fourgramContexts[i - 1];
      if (context < previous || (context === previous && data.fourgramTails[i] <= data.fourgramTails[i - 1])) {
        throw new Error('not a hoso language model: four-grams out of order');
      }
    }
    const bigramKeys = data.bigramKeys;
    this.bigramScores = data.bigramScores;
    this.bigramBackoffs = data.bigramBackoffs;
    this.bigramTails = Uint16Array.from(bigramKeys, (key) => key & 0xffff);
    this.bigramStart = rangesOf(Uint32Array.from(bigramKeys, (key) => key >>> 16), size);
    const heads = data.trigramHeads;
    this.trigramTails = data.trigramTails;
    this.trigramScores = data.trigramScores;
    this.trigramBackoffs = data.trigramBackoffs;
    // Both key lists are sorted: walk them together to find where each bigram's trigrams start.
    this.trigramStart = new Uint32Array(bigramKeys.length + 1);
    let t = 0;
    for (let b = 0; b < bigramKeys.length; b++) {
      this.trigramStart[b] = t;
      while (t < heads.length && heads[t] === bigramKeys[b]) t++;
      if (t < heads.length && heads[t] < (b + 1 < bigramKeys.length ? bigramKeys[b + 1] : 0x100000000)) {
        throw new Error('not a hoso language model: a trigram whose context is no bigram');
      }
    }
    this.trigramStart[bigramKeys.length] = t;
    if (t !== heads.length) throw new Error('not a hoso language model: a trigram whose context is no bigram');
    const fourgrams = data.fourgramContexts.length;
    if (fourgrams > 0 && data.fourgramContexts[fourgrams - 1] >= heads.length) {
      throw new Error('not a hoso language model: a four-gram whose context is no trigram');
    }
    this.fourgramStart = rangesOf(data.fourgramContexts, heads.length);
    this.fourgramTails = data.fourgramTails;
    this.fourgramScores = data.fourgramScores;
    // Stored scores are quantised logs (at most 0); backing off to the unigram may go above.
    let highestBackoff = -Infinity;
    let highestUnigram = -Infinity;
    for (let w = 0; w < size; w++) {
      highestBackoff = Math.max(highestBackoff, this.unigramBackoff[w]);
      highestUnigram = Math.max(highestUnigram, this.unigram[w]);
    }
    this.highestScore = Math.max(0, highestBackoff + highestUnigram);
    this.bigramMemo = new SearchMemo(this.bigramTails);
    this.trigramMemo = new SearchMemo(this.trigramTails);
    this.trigrams = new NgramLevel(this.trigramStart, this.trigramTails, this.trigramScores);
    this.fourgrams = new NgramLevel(this.fourgramStart, this.fourgramTails, this.fourgramScores);
  }

  /** The id of a canonical syllable, or UNKNOWN. */
  id(syllable: string): number {
    return this.ids.get(syllable) ?? UNKNOWN;
  }

  has(syllable: string): boolean {
    return this.ids.has(syllable);
  }

  unigramScore(id: number): number {
    return this.unigram[id];
  }

  /** log P(case seen | syllable): capitalised mid-sentence, or lower case. */
  casingScore(id: number, capital: boolean): number {
    const p = this.capitalised[id];
    return Math.log(capital ? p : 1 - p);
  }

  /** log P(w3 | w1 w2). */
  score(w1: number, w2: number, w3: number): number {
    const context = this.context(w1, w2);
    const tri = this.trigramIn(context, w3);
    return Number.isNaN(tri) ? this.backoffOf(context) + this.bigramScore(w2, w3) : tri;
  }

  /** log P(w4 | w1 w2 w3): the four-gram, else the trigram context's weight times P(w4 | w2 w3). */
  score4(w1: number, w2: number, w3: number, w4: number): number {
    const trigram = this.trigramIndex(this.context(w1, w2), w3);
    if (trigram >= 0) {
      const at = search(this.fourgramTails, this.fourgramStart[trigram], this.fourgramStart[trigram + 1], w4);
      if (at >= 0) return -this.fourgramScores[at] * STEP;
    }
    return this.trigramBackoffOf(trigram) + this.score(w2, w3, w4);
  }

  /** The index of the bigram (w1 w2), the context of trigrams, or -1 when never seen. */
  context(w1: number, w2: number): number {
    return this.bigramMemo.find(this.bigramStart[w1], this.bigramStart[w1 + 1], w2);
  }

  /** The index of the trigram (context w3), the context of four-grams, or -1 when never seen. */
  trigramIndex(context: number, w3: number): number {
    return context < 0 ? -1 : this.trigramMemo.find(this.trigramStart[context], this.trigramStart[context + 1], w3);
  }

  /** log of the weight a context (from `context`) gives the trigrams it never saw; 0 for an unseen context. */
  backoffOf(context: number): number {
    return context < 0 ? 0 : -this.bigramBackoffs[context] * BACKOFF_STEP;
  }

  /** log of the weight a trigram (from `trigramIndex`) gives the four-grams it never saw; 0 for none. */
  trigramBackoffOf(trigram: number): number {
    return trigram < 0 ? 0 : -this.trigramBackoffs[trigram] * BACKOFF_STEP;
  }

  /** log P(w3 | context) when the trigram is stored, NaN otherwise. */
  trigramIn(context: number, w3: number): number {
    const at = this.trigramIndex(context, w3);
    return at >= 0 ? -this.trigramScores[at] * STEP : Number.NaN;
  }

  /** Where the bigrams of w2 start in the sorted tails; see `seekBigram`. */
  bigramFrom(w2: number): number {
    return this.bigramStart[w2];
  }

  /** Where the bigrams of w2 end (exclusive). */
  bigramTo(w2: number): number {
    return this.bigramStart[w2 + 1];
  }

  /** The first index in [at, to) whose second word is not below w3 (or `to`), galloping from `at`. */
  seekBigram(at: number, to: number, w3: number): number {
    return seek(this.bigramTails, at, to, w3);
  }

  /** The index of the bigram (w2 w3) given `at` from `seekBigram` over the bigrams of w2, or -1: a context for `trigrams.from`. */
  bigramIndexAt(at: number, to: number, w3: number): number {
    return at < to && this.bigramTails[at] === w3 ? at : -1;
  }

  /** log P(w3 | w2) given `at` from `seekBigram` over the bigrams of w2. */
  bigramScoreAt(at: number, to: number, w2: number, w3: number): number {
    return at < to && this.bigramTails[at] === w3 ? -this.bigramScores[at] * STEP : this.unigramBackoff[w2] + this.unigram[w3];
  }

  /** log P(w3 | w2), backing off to the unigram. */
  bigramScore(w2: number, w3: number): number {
    // Decoding asks for the same pairs over and over (every state, both passes): remember them.
    const key = ((w2 << 16) | w3) >>> 0;
    const slot = Math.imul(key, 0x9e3779b1) >>> (32 - BIGRAM_MEMO_BITS);
    if (this.bigramMemoKeys[slot] === key) return this.bigramMemoScores[slot];
    const at = this.context(w2, w3);
    const score = at >= 0 ? -this.bigramScores[at] * STEP : this.unigramBackoff[w2] + this.unigram[w3];
    this.bigramMemoKeys[slot] = key;
    this.bigramMemoScores[slot] = score;
    return score;
  }

  /** log of the weight that (w1 w2) gives trigrams it never saw (0 for an unseen context). */
  contextBackoff(w1: number, w2: number): number {
    return this.backoffOf(this.context(w1, w2));
  }

  /** log P(w3 | w1 w2) when the trigram is stored, NaN otherwise. */
  trigramScore(w1: number, w2: number, w3: number): number {
    return this.trigramIn(this.context(w1, w2), w3);
  }
}

/**
 * Sorted keys as differences from the previous one: mostly zeros and small numbers, which gzip
 * packs far better than the keys themselves. Trigram tails restart at each new head.
 */
function deltaEncode(keys: Uint32Array, tails?: Uint16Array): { keys: Uint32Array; tails?: Uint16Array } {
  const keyDeltas = new Uint32Array(keys.length);
  const tailDeltas = tails && new Uint16Array(tails.length);
  for (let i = 0; i < keys.length; i++) {
    const sameKey = i > 0 && keys[i] === keys[i - 1];
    keyDeltas[i] = i === 0 ? keys[0] : keys[i] - keys[i - 1];
    if (tails && tailDeltas) tailDeltas[i] = sameKey ? tails[i] - tails[i - 1] : tails[i];
  }
  return { keys: keyDeltas, tails: tailDeltas };
}

function deltaDecode(keys: Uint32Array, tails?: Uint16Array): void {
  for (let i = 1; i < keys.length; i++) {
    const sameKey = keys[i] === 0;
    keys[i] += keys[i - 1];
    if (tails && sameKey) tails[i] += tails[i - 1];
  }
}

export function serializeModel(data: ModelData): Buffer {
  const header = Buffer.from(JSON.stringify({ vocab: data.vocab, display: data.display, meta: data.meta,
    bigrams: data.bigramKeys.length, trigrams: data.trigramHeads.length, fourgrams: data.fourgramContexts.length }), 'utf8');
  const parts: Buffer[] = [Buffer.from(MAGIC, 'latin1')];
  const length = Buffer.alloc(4);
  length.writeUInt32LE(header.length);
  parts.push(length, header);
  const bigrams = deltaEncode(data.bigramKeys);
  const trigrams = deltaEncode(data.trigramHeads, data.trigramTails);
  const fourgrams = deltaEncode(data.fourgramContexts, data.fourgramTails);
  const arrays = [data.unigram, data.unigramBackoff, data.capitalised, bigrams.keys, trigrams.keys, trigrams.tails!, fourgrams.keys,
    fourgrams.tails!, data.bigramScores, data.bigramBackoffs, data.trigramScores, data.trigramBackoffs, data.fourgramScores];
  for (const array of arrays) parts.push(Buffer.from(array.buffer, array.byteOffset, array.byteLength));
  return gzipSync(Buffer.concat(parts), { level: 9 });
}

function slice<T>(buffer: Buffer, offset: number, count: number, make: (b: ArrayBuffer, o: number, n: number) => T, bytes: number): T {
  const copy = new ArrayBuffer(count * bytes);
  new Uint8Array(copy).set(buffer.subarray(offset, offset + count * bytes));
  return make(copy, 0, count);
}

export function deserializeModel(gzipped: Buffer): ModelData {
  const buffer = gunzipSync(gzipped);
  const magic = buffer.toString('latin1', 0, MAGIC.length);
  if (magic !== MAGIC) {
    throw new Error(magic.startsWith('HOSOLM') ? `a hoso language model of another version (${magic.trim()}, this hoso reads ${MAGIC.trim()}): rebuild it with npm run build:dictionary` : 'not a hoso language model');
  }
  let at = MAGIC.length;
  const headerLength = buffer.readUInt32LE(at);
  at += 4;
  const header = JSON.parse(buffer.toString('utf8', at, at + headerLength)) as {
    vocab: string[]; display: string[]; meta: Record<string, unknown>; bigrams: number; trigrams: number; fourgrams: number;
  };
  at += headerLength;
  const take = <T>(count: number, bytes: number, make: (b: ArrayBuffer, o: number, n: number) => T): T => {
    const array = slice(buffer, at, count, make, bytes);
    at += count * bytes;
    return array;
  };
  const float32 = (count: number) => take(count, 4, (b, o, n) => new Float32Array(b, o, n));
  const uint32 = (count: number) => take(count, 4, (b, o, n) => new Uint32Array(b, o, n));
  const uint16 = (count: number) => take(count, 2, (b, o, n) => new Uint16Array(b, o, n));
  const uint8 = (count: number) => take(count, 1, (b, o, n) => new Uint8Array(b, o, n));
  const words = header.vocab.length;
  const unigram = float32(words);
  const unigramBackoff = float32(words);
  const capitalised = float32(words);
  const bigramKeys = uint32(header.bigrams);
  const trigramHeads = uint32(header.trigrams);
  const trigramTails = uint16(header.trigrams);
  const fourgramContexts = uint32(header.fourgrams);
  const fourgramTails = uint16(header.fourgrams);
  const bigramScores = uint8(header.bigrams);
  const bigramBackoffs = uint8(header.bigrams);
  const trigramScores = uint8(header.trigrams);
  const trigramBackoffs = uint8(header.trigrams);
  const fourgramScores = uint8(header.fourgrams);
  deltaDecode(bigramKeys);
  deltaDecode(trigramHeads, trigramTails);
  deltaDecode(fourgramContexts, fourgramTails);
  return { vocab: header.vocab, display: header.display, meta: header.meta, unigram, unigramBackoff, capitalised, bigramKeys, bigramScores,
    bigramBackoffs, trigramHeads, trigramTails, trigramScores, trigramBackoffs, fourgramContexts, fourgramTails, fourgramScores };
}
