// The syllable trigram language model (interpolated Kneser-Ney, stored in backoff form): a
// vocabulary of canonical syllables, quantised log probabilities and backoff weights in typed
// arrays, open-addressing tables built at load time.
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
const MAGIC = 'HOSOLM3\n';
const EMPTY = 0xffffffff;

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
  /** Trigram keys (w1 << 16 | w2, w3) and quantised log P(w3 | w1 w2). */
  trigramHeads: Uint32Array;
  trigramTails: Uint16Array;
  trigramScores: Uint8Array;
  /** Where the text came from, for the NOTICE and the bench. */
  meta: Record<string, unknown>;
}

function hash(head: number, tail: number): number {
  let h = Math.imul(head ^ Math.imul(tail + 0x9e3779b9, 0x85ebca6b), 0xc2b2ae35);
  h ^= h >>> 15;
  return h >>> 0;
}

/** A fixed open-addressing table from (head, tail) to a quantised score and a second value. */
class NgramTable {
  private readonly heads: Uint32Array;
  private readonly tails: Uint16Array;
  private readonly scores: Uint8Array;
  private readonly seconds: Uint8Array;
  private readonly mask: number;

  constructor(heads: Uint32Array, tails: Uint16Array | undefined, scores: Uint8Array, seconds?: Uint8Array) {
    let size = 1024;
    while (size < heads.length * 1.6) size *= 2;
    this.mask = size - 1;
    this.heads = new Uint32Array(size).fill(EMPTY);
    this.tails = new Uint16Array(size);
    this.scores = new Uint8Array(size);
    this.seconds = new Uint8Array(seconds ? size : 0);
    for (let i = 0; i < heads.length; i++) {
      const tail = tails ? tails[i] : 0;
      let slot = hash(heads[i], tail) & this.mask;
      while (this.heads[slot] !== EMPTY) slot = (slot + 1) & this.mask;
      this.heads[slot] = heads[i];
      this.tails[slot] = tail;
      this.scores[slot] = scores[i];
      if (seconds) this.seconds[slot] = seconds[i];
    }
  }

  private slotOf(head: number, tail: number): number {
    let slot = hash(head, tail) & this.mask;
    for (;;) {
      const stored = this.heads[slot];
      if (stored === EMPTY) return -1;
      if (stored === head && this.tails[slot] === tail) return slot;
      slot = (slot + 1) & this.mask;
    }
  }

  /** The quantised score, or -1 when the n-gram is not stored. */
  get(head: number, tail: number): number {
    const slot = this.slotOf(head, tail);
    return slot < 0 ? -1 : this.scores[slot];
  }

  /** The quantised second value, or -1 when the n-gram is not stored. */
  second(head: number, tail: number): number {
    const slot = this.slotOf(head, tail);
    return slot < 0 ? -1 : this.seconds[slot];
  }
}

export class LanguageModel {
  readonly vocab: string[];
  readonly display: string[];
  readonly meta: Record<string, unknown>;
  private readonly ids: Map<string, number>;
  private readonly unigram: Float32Array;
  private readonly unigramBackoff: Float32Array;
  private readonly capitalised: Float32Array;
  private readonly bigrams: NgramTable;
  private readonly trigrams: NgramTable;

  constructor(data: ModelData) {
    this.vocab = data.vocab;
    this.display = data.display;
    this.meta = data.meta;
    this.unigram = data.unigram;
    this.unigramBackoff = data.unigramBackoff;
    this.capitalised = data.capitalised;
    this.ids = new Map(data.vocab.map((word, id) => [word, id]));
    this.bigrams = new NgramTable(data.bigramKeys, undefined, data.bigramScores, data.bigramBackoffs);
    this.trigrams = new NgramTable(data.trigramHeads, data.trigramTails, data.trigramScores);
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
    const tri = this.trigramScore(w1, w2, w3);
    return Number.isNaN(tri) ? this.contextBackoff(w1, w2) + this.bigramScore(w2, w3) : tri;
  }

  /** log P(w3 | w2), backing off to the unigram. */
  bigramScore(w2: number, w3: number): number {
    const bi = this.bigrams.get(((w2 << 16) | w3) >>> 0, 0);
    return bi >= 0 ? -bi * STEP : this.unigramBackoff[w2] + this.unigram[w3];
  }

  /** log of the weight that (w1 w2) gives trigrams it never saw (0 for an unseen context). */
  contextBackoff(w1: number, w2: number): number {
    const weight = this.bigrams.second(((w1 << 16) | w2) >>> 0, 0);
    return weight >= 0 ? -weight * BACKOFF_STEP : 0;
  }

  /** log P(w3 | w1 w2) when the trigram is stored, NaN otherwise. */
  trigramScore(w1: number, w2: number, w3: number): number {
    const tri = this.trigrams.get(((w1 << 16) | w2) >>> 0, w3);
    return tri >= 0 ? -tri * STEP : Number.NaN;
  }
}

export function serializeModel(data: ModelData): Buffer {
  const header = Buffer.from(JSON.stringify({ vocab: data.vocab, display: data.display, meta: data.meta,
    bigrams: data.bigramKeys.length, trigrams: data.trigramHeads.length }), 'utf8');
  const parts: Buffer[] = [Buffer.from(MAGIC, 'latin1')];
  const length = Buffer.alloc(4);
  length.writeUInt32LE(header.length);
  parts.push(length, header);
  const arrays = [data.unigram, data.unigramBackoff, data.capitalised, data.bigramKeys, data.trigramHeads, data.trigramTails, data.bigramScores,
    data.bigramBackoffs, data.trigramScores];
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
  if (buffer.toString('latin1', 0, MAGIC.length) !== MAGIC) throw new Error('not a hoso language model');
  let at = MAGIC.length;
  const headerLength = buffer.readUInt32LE(at);
  at += 4;
  const header = JSON.parse(buffer.toString('utf8', at, at + headerLength)) as {
    vocab: string[]; display: string[]; meta: Record<string, unknown>; bigrams: number; trigrams: number;
  };
  at += headerLength;
  const take = <T>(count: number, bytes: number, make: (b: ArrayBuffer, o: number, n: number) => T): T => {
    const array = slice(buffer, at, count, make, bytes);
    at += count * bytes;
    return array;
  };
  const unigram = take(header.vocab.length, 4, (b, o, n) => new Float32Array(b, o, n));
  const unigramBackoff = take(header.vocab.length, 4, (b, o, n) => new Float32Array(b, o, n));
  const capitalised = take(header.vocab.length, 4, (b, o, n) => new Float32Array(b, o, n));
  const bigramKeys = take(header.bigrams, 4, (b, o, n) => new Uint32Array(b, o, n));
  const trigramHeads = take(header.trigrams, 4, (b, o, n) => new Uint32Array(b, o, n));
  const trigramTails = take(header.trigrams, 2, (b, o, n) => new Uint16Array(b, o, n));
  const bigramScores = take(header.bigrams, 1, (b, o, n) => new Uint8Array(b, o, n));
  const bigramBackoffs = take(header.bigrams, 1, (b, o, n) => new Uint8Array(b, o, n));
  const trigramScores = take(header.trigrams, 1, (b, o, n) => new Uint8Array(b, o, n));
  return { vocab: header.vocab, display: header.display, meta: header.meta, unigram, unigramBackoff, capitalised, bigramKeys, bigramScores,
    bigramBackoffs, trigramHeads, trigramTails, trigramScores };
}
