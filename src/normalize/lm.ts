// The syllable four-gram language model (interpolated Kneser-Ney, stored in backoff form): a
// vocabulary of canonical syllables, quantised log probabilities and backoff weights in typed
// arrays, a trie whose every order is looked up by search within the sorted range of a context.
import { packStreams, unpackStreams } from './packed.js';
import { isSyllable } from './syllable.js';

/**
 * Reserved ids: segment start, out-of-vocabulary word, number, segment end, then the
 * punctuation read as words inside a segment (see punctuationId).
 */
export const START = 0;
export const UNKNOWN = 1;
export const NUMBER = 2;
export const END = 3;
const PAUSE = 4;
const OPEN = 5;
const CLOSE = 6;
const COLON = 7;
const QUOTE = 8;
const DASH = 9;
export const RESERVED = ['<s>', '<unk>', '<num>', '</s>', '<,>', '<(>', '<)>', '<:>', '<">', '<->'];

/** Digits, or groups of digits joined by . , - / or : (22.300, 2,5, 19/02/2011, 75-85, 10:30). */
const NUMBER_LIKE = /^\d+(?:[.,\-/:]\d+)*$/u;

/**
 * The id a kept token (see tokenizer.ts) is read as: a number, however written, is <num> (the
 * model knows what follows a number: "50.000 chỗ", "2,5 tấn", "ngày 19/02/2011"); a code or
 * a URL is <unk>.
 */
export function keptId(text: string): number {
  return NUMBER_LIKE.test(text) ? NUMBER : UNKNOWN;
}

/**
 * The id a punctuation token is read as inside a segment, or -1 where it ends the segment
 * (a sentence end, a symbol). A clause goes on after a comma, a bracket, a colon, a quote or
 * a dash: reading them as words keeps the context ("…, nhưng", "(tiếng Anh: …)").
 */
export function punctuationId(text: string): number {
  // A slash between words ("đọc/ghi", "đồng/năm") joins them as a dash does.
  if (text === '/') return DASH;
  if (/[.!?…=+*/\\%$#&@<>|~^°×]/u.test(text)) return -1;
  if (/[)\]”]/u.test(text)) return CLOSE;
  if (/[([“]/u.test(text)) return OPEN;
  if (/[,;]/u.test(text)) return PAUSE;
  if (text.includes(':')) return COLON;
  if (/["'‘’]/u.test(text)) return QUOTE;
  if (/[-–—]/u.test(text)) return DASH;
  return -1;
}

/** Quantisation step of stored log probabilities (natural log units per level). */
const STEP = 0.1;
/** Quantisation step of stored log backoff weights. */
const BACKOFF_STEP = 0.04;
// Version 6 stores each order as child counts and tail gaps, brotli-compressed (v5: the same
// model as delta-encoded typed arrays, gzipped, twice the size).
const MAGIC = 'HOSOLM6\n';

export function quantize(logScore: number, step = STEP): number {
  return Math.min(255, Math.max(0, Math.round(-logScore / step)));
}

export function quantizeBackoff(logWeight: number): number {
  return quantize(logWeight, BACKOFF_STEP);
}

/** The log probability a quantised score stands for. */
export function dequantize(level: number): number {
  return -level * STEP;
}

/** The log weight a quantised backoff stands for. */
export function dequantizeBackoff(level: number): number {
  return -level * BACKOFF_STEP;
}

/**
 * The serialised model, a trie: each order's n-grams sorted by context, then by last word; a
 * bigram's context is its first word's id, a trigram's the index of its bigram, a four-gram's
 * the index of its trigram.
 */
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
  /**
   * The ids of the words that are no syllable (foreign words the corpus writes often, kept as
   * written). Absent from models built before them: then found by the syllable grammar at load.
   */
  foreign?: number[];
  /** Bigrams: w1, w2, quantised log P(w2 | w1), and log backoff of (w1 w2) as a context. */
  bigramContexts: Uint32Array;
  bigramTails: Uint16Array;
  bigramScores: Uint8Array;
  bigramBackoffs: Uint8Array;
  /** Trigrams: their bigram's index, w3, quantised log P(w3 | w1 w2), and log backoff of (w1 w2 w3) as a context. */
  trigramContexts: Uint32Array;
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

/**
 * starts[c] .. starts[c + 1]: the entries under context c, from each entry's context; refuses
 * entries out of order (by context, then by last word) or under a context that does not exist.
 */
function rangesOf(contexts: Uint32Array, tails: Uint16Array, size: number, order: string): Uint32Array {
  const starts = new Uint32Array(size + 1);
  for (let i = 0; i < contexts.length; i++) {
    if (contexts[i] >= size) throw new Error(`not a hoso language model: ${order} whose context does not exist`);
    if (i > 0 && (contexts[i] < contexts[i - 1] || (contexts[i] === contexts[i - 1] && tails[i] <= tails[i - 1]))) {
      throw new Error(`not a hoso language model: ${order} out of order`);
    }
    starts[contexts[i] + 1]++;
  }
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
    return dequantize(this.scores[at]);
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
  /** 1 for a word that is no syllable (a foreign word, kept as written), by id. */
  readonly foreign: Uint8Array;
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
  /** log P(w | <s> <s>) and the context index of (<s> w) by w, NaN and -2 until first asked: every segment starts so. */
  private readonly firstScores: Float64Array;
  private readonly firstContexts: Int32Array;

  constructor(data: ModelData) {
    this.vocab = data.vocab;
    this.display = data.display;
    this.meta = data.meta;
    this.unigram = data.unigram;
    this.unigramBackoff = data.unigramBackoff;
    this.capitalised = data.capitalised;
    this.ids = new Map(data.vocab.map((word, id) => [word, id]));
    const size = data.vocab.length;
    this.foreign = new Uint8Array(size);
    if (data.foreign) for (const id of data.foreign) this.foreign[id] = 1;
    else for (let id = RESERVED.length; id < size; id++) this.foreign[id] = isSyllable(data.vocab[id]) ? 0 : 1;
    this.bigramStart = rangesOf(data.bigramContexts, data.bigramTails, size, 'a bigram');
    this.bigramTails = data.bigramTails;
    this.bigramScores = data.bigramScores;
    this.bigramBackoffs = data.bigramBackoffs;
    this.trigramStart = rangesOf(data.trigramContexts, data.trigramTails, data.bigramTails.length, 'a trigram');
    this.trigramTails = data.trigramTails;
    this.trigramScores = data.trigramScores;
    this.trigramBackoffs = data.trigramBackoffs;
    this.fourgramStart = rangesOf(data.fourgramContexts, data.fourgramTails, data.trigramTails.length, 'a four-gram');
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
    this.firstScores = new Float64Array(size).fill(Number.NaN);
    this.firstContexts = new Int32Array(size).fill(-2);
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

  /** score(START, START, w), remembered. */
  firstScore(w: number): number {
    let score = this.firstScores[w];
    if (Number.isNaN(score)) this.firstScores[w] = score = this.score(START, START, w);
    return score;
  }

  /** context(START, w), remembered. */
  firstContext(w: number): number {
    let context = this.firstContexts[w];
    if (context === -2) this.firstContexts[w] = context = this.context(START, w);
    return context;
  }

  /** log P(w4 | w1 w2 w3): the four-gram, else the trigram context's weight times P(w4 | w2 w3). */
  score4(w1: number, w2: number, w3: number, w4: number): number {
    const trigram = this.trigramIndex(this.context(w1, w2), w3);
    if (trigram >= 0) {
      const at = search(this.fourgramTails, this.fourgramStart[trigram], this.fourgramStart[trigram + 1], w4);
      if (at >= 0) return dequantize(this.fourgramScores[at]);
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
    return context < 0 ? 0 : dequantizeBackoff(this.bigramBackoffs[context]);
  }

  /** log of the weight a trigram (from `trigramIndex`) gives the four-grams it never saw; 0 for none. */
  trigramBackoffOf(trigram: number): number {
    return trigram < 0 ? 0 : dequantizeBackoff(this.trigramBackoffs[trigram]);
  }

  /** log P(w3 | context) when the trigram is stored, NaN otherwise. */
  trigramIn(context: number, w3: number): number {
    const at = this.trigramIndex(context, w3);
    return at >= 0 ? dequantize(this.trigramScores[at]) : Number.NaN;
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
    return at < to && this.bigramTails[at] === w3 ? dequantize(this.bigramScores[at]) : this.unigramBackoff[w2] + this.unigram[w3];
  }

  /** log P(w3 | w2), backing off to the unigram. */
  bigramScore(w2: number, w3: number): number {
    // Decoding asks for the same pairs over and over (every state, both passes): remember them.
    const key = ((w2 << 16) | w3) >>> 0;
    const slot = Math.imul(key, 0x9e3779b1) >>> (32 - BIGRAM_MEMO_BITS);
    if (this.bigramMemoKeys[slot] === key) return this.bigramMemoScores[slot];
    const at = this.context(w2, w3);
    const score = at >= 0 ? dequantize(this.bigramScores[at]) : this.unigramBackoff[w2] + this.unigram[w3];
    this.bigramMemoKeys[slot] = key;
    this.bigramMemoScores[slot] = score;
    return score;
  }

  /**
   * For each word w, the words v whose stored bigram gives log P(w | v) >= threshold, as
   * ranges of one array (`ids[start[w] .. start[w + 1])`): the words that make w likely.
   * Built anew at each call (a scan of the bigrams): the restorer asks once, when it loads.
   */
  predecessors(threshold: number): { start: Uint32Array; ids: Uint16Array } {
    const size = this.vocab.length;
    const start = new Uint32Array(size + 1);
    // The stored levels whose score reaches the threshold: 0 (log P = 0) up to maxLevel.
    let maxLevel = -1;
    while (maxLevel < 255 && dequantize(maxLevel + 1) >= threshold) maxLevel++;
    const scores = this.bigramScores;
    const tails = this.bigramTails;
    for (let i = 0; i < tails.length; i++) if (scores[i] <= maxLevel) start[tails[i] + 1]++;
    for (let w = 0; w < size; w++) start[w + 1] += start[w];
    const ids = new Uint16Array(start[size]);
    const filled = start.slice(0, size);
    for (let v = 0; v < size; v++) {
      for (let i = this.bigramStart[v]; i < this.bigramStart[v + 1]; i++) {
        if (scores[i] <= maxLevel) ids[filled[tails[i]]++] = v;
      }
    }
    return { start, ids };
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

/** Unsigned integers as LEB128 varints: most n-gram counts and tail gaps fit in one byte. */
function writeVarints(values: Iterable<number>): Buffer {
  const out: number[] = [];
  for (let value of values) {
    while (value >= 0x80) {
      out.push((value & 0x7f) | 0x80);
      value >>>= 7;
    }
    out.push(value);
  }
  return Buffer.from(out);
}

function readVarints(bytes: Buffer, count: number): Uint32Array {
  const out = new Uint32Array(count);
  let at = 0;
  for (let i = 0; i < count; i++) {
    let value = 0;
    let shift = 0;
    let byte: number;
    do {
      byte = bytes[at++];
      value += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    out[i] = value;
  }
  return out;
}

/**
 * One order of the trie as it is stored: how many n-grams each context has, and each n-gram's
 * last word as the gap from the one before it under the same context (the first as itself).
 * Both are mostly small numbers, and compress far better than the words themselves.
 */
function encodeLevel(contexts: ArrayLike<number>, tails: ArrayLike<number>, contextCount: number): Buffer[] {
  const children = new Uint32Array(contextCount);
  const gaps = new Uint32Array(tails.length);
  for (let i = 0; i < tails.length; i++) {
    children[contexts[i]]++;
    gaps[i] = i > 0 && contexts[i] === contexts[i - 1] ? tails[i] - tails[i - 1] - 1 : tails[i];
  }
  return [writeVarints(children), writeVarints(gaps)];
}

function decodeLevel(children: Uint32Array, gaps: Uint32Array): { contexts: Uint32Array; tails: Uint16Array } {
  const contexts = new Uint32Array(gaps.length);
  const tails = new Uint16Array(gaps.length);
  let i = 0;
  for (let context = 0; context < children.length; context++) {
    for (let k = 0; k < children[context]; k++, i++) {
      contexts[i] = context;
      tails[i] = k === 0 ? gaps[i] : tails[i - 1] + 1 + gaps[i];
    }
  }
  return { contexts, tails };
}

export function serializeModel(data: ModelData): Buffer {
  const header = Buffer.from(JSON.stringify({ vocab: data.vocab, display: data.display, foreign: data.foreign, meta: data.meta,
    bigrams: data.bigramTails.length, trigrams: data.trigramTails.length, fourgrams: data.fourgramTails.length }), 'utf8');
  const streams = [
    header,
    Buffer.from(data.unigram.buffer, data.unigram.byteOffset, data.unigram.byteLength),
    Buffer.from(data.unigramBackoff.buffer, data.unigramBackoff.byteOffset, data.unigramBackoff.byteLength),
    Buffer.from(data.capitalised.buffer, data.capitalised.byteOffset, data.capitalised.byteLength),
    ...encodeLevel(data.bigramContexts, data.bigramTails, data.vocab.length),
    ...encodeLevel(data.trigramContexts, data.trigramTails, data.bigramTails.length),
    ...encodeLevel(data.fourgramContexts, data.fourgramTails, data.trigramTails.length),
    Buffer.from(data.bigramScores), Buffer.from(data.bigramBackoffs), Buffer.from(data.trigramScores),
    Buffer.from(data.trigramBackoffs), Buffer.from(data.fourgramScores),
  ];
  return packStreams(MAGIC, streams);
}

export function deserializeModel(compressed: Buffer): ModelData {
  const next = unpackStreams(compressed, MAGIC, (found) => new Error(
    found === undefined ? 'not a hoso language model (or one of an older version: rebuild it with npm run build:dictionary)'
      : found.startsWith('HOSOLM') ? `a hoso language model of another version (${found.trim()}, this hoso reads ${MAGIC.trim()}): rebuild it with npm run build:dictionary`
        : 'not a hoso language model'));
  const header = JSON.parse(next().toString('utf8')) as {
    vocab: string[]; display: string[]; foreign?: number[]; meta: Record<string, unknown>; bigrams: number; trigrams: number; fourgrams: number;
  };
  // Models of this version built before the pause token had a syllable where it now is.
  if (RESERVED.some((word, id) => header.vocab[id] !== word)) {
    throw new Error(`a hoso language model without the reserved words ${RESERVED.join(' ')}: rebuild it with npm run build:dictionary`);
  }
  const float32 = (stream: Buffer) => new Float32Array(stream.buffer, stream.byteOffset, stream.length / 4);
  const unigram = float32(next());
  const unigramBackoff = float32(next());
  const capitalised = float32(next());
  const level = (contexts: number, count: number) => decodeLevel(readVarints(next(), contexts), readVarints(next(), count));
  const bigrams = level(header.vocab.length, header.bigrams);
  const trigrams = level(header.bigrams, header.trigrams);
  const fourgrams = level(header.trigrams, header.fourgrams);
  const bytes = () => new Uint8Array(next());
  return {
    vocab: header.vocab, display: header.display, ...(header.foreign ? { foreign: header.foreign } : {}), meta: header.meta, unigram, unigramBackoff, capitalised,
    bigramContexts: bigrams.contexts, bigramTails: bigrams.tails, bigramScores: bytes(), bigramBackoffs: bytes(),
    trigramContexts: trigrams.contexts, trigramTails: trigrams.tails, trigramScores: bytes(), trigramBackoffs: bytes(),
    fourgramContexts: fourgrams.contexts, fourgramTails: fourgrams.tails, fourgramScores: bytes(),
  };
}
