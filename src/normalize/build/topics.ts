// Counts which syllables stand near which in the corpus and factorises the smoothed log ratios
// into the restorer's topic vectors (see ../topics.ts).
import { FIRST_WORD, vocabularyHash, type TopicData } from '../topics.js';
import { tokenize } from '../tokenizer.js';
import type { LanguageModel } from '../lm.js';
import { truncatedSvd, type SparseRows } from './svd.js';

export interface TopicSettings {
  /** Dimensions of the vectors. @defaultValue 64 */
  rank?: number;
  /**
   * Pseudo-count of the smoothing: a syllable seen fewer times than this near anything says
   * little of what stands near it. @defaultValue 60
   */
  smoothing?: number;
  /** |T(a, b)| is cut at this many nats: one rare neighbour must not decide. @defaultValue 1.5 */
  cap?: number;
}

/**
 * For each syllable a and each b, how many of a's occurrences have b within the window (each b
 * counted once per occurrence), held in a dense vocabulary × vocabulary table (the vocabulary
 * is some 9,000 words: 330 MB, at build time only).
 */
export class CooccurrenceCounter {
  private readonly size: number;
  private readonly window: number;
  private readonly model: LanguageModel;
  private readonly near: Uint32Array;
  /** Occurrences of each a. */
  private readonly occurrences: Float64Array;
  /** Positions that have b within their window, by b. */
  private readonly surrounding: Float64Array;
  private positions = 0;
  /** Per b, the last position it was counted for: a b twice in one window counts once. */
  private readonly lastCounted: Float64Array;

  /** `window`: syllables either side that count as near. */
  constructor(model: LanguageModel, window = 20) {
    this.model = model;
    this.size = model.vocab.length;
    this.window = window;
    this.near = new Uint32Array(this.size * this.size);
    this.occurrences = new Float64Array(this.size);
    this.surrounding = new Float64Array(this.size);
    this.lastCounted = new Float64Array(this.size).fill(-1);
  }

  /** One line of prose, counted `weight` times: its words, unknown ones holding their place. */
  add(line: string, weight = 1): void {
    const ids: number[] = [];
    for (const token of tokenize(line)) if (token.kind === 'word') ids.push(this.model.id(token.text.toLowerCase()));
    for (let i = 0; i < ids.length; i++) {
      const a = ids[i];
      if (a < FIRST_WORD) continue;
      const position = this.positions;
      this.positions += weight;
      this.occurrences[a] += weight;
      const row = a * this.size;
      for (let j = Math.max(0, i - this.window); j <= Math.min(ids.length - 1, i + this.window); j++) {
        const b = ids[j];
        if (j === i || b < FIRST_WORD || this.lastCounted[b] === position) continue;
        this.lastCounted[b] = position;
        this.near[row + b] += weight;
        this.surrounding[b] += weight;
      }
    }
  }

  /**
   * T(a, b) = log(P(b near a) / P(b near anything)), P(b near a) smoothed towards P(b near
   * anything), cut at ±cap; a b never seen near a gives prior[a]. The rest, T - prior, is zero
   * for most pairs and is what the low-rank factors approximate.
   */
  build(settings: TopicSettings, meta: Record<string, unknown> = {}): TopicData {
    const rank = settings.rank ?? 64;
    const smoothing = settings.smoothing ?? 60;
    const cap = settings.cap ?? 1.5;
    const { size, near, occurrences, surrounding, positions } = this;
    const clip = (value: number) => Math.max(-cap, Math.min(cap, value));
    const prior = new Float32Array(size);
    for (let a = FIRST_WORD; a < size; a++) prior[a] = clip(Math.log(smoothing / (occurrences[a] + smoothing)));
    let entries = 0;
    for (let i = 0; i < near.length; i++) if (near[i] > 0) entries++;
    const residual: SparseRows = { size, start: new Uint32Array(size + 1), columns: new Uint16Array(entries), values: new Float32Array(entries) };
    let at = 0;
    for (let a = 0; a < size; a++) {
      residual.start[a] = at;
      const row = a * size;
      for (let b = 0; b < size; b++) {
        const count = near[row + b];
        if (count === 0) continue;
        const base = surrounding[b] / positions;
        const nearA = (count + smoothing * base) / (occurrences[a] + smoothing);
        residual.columns[at] = b;
        residual.values[at++] = clip(Math.log(nearA / base)) - prior[a];
      }
    }
    residual.start[size] = at;
    const factors = truncatedSvd(residual, rank);
    return {
      window: this.window,
      rank,
      vocabularyHash: vocabularyHash(this.model.vocab),
      prior,
      targets: factors.left,
      contexts: factors.right,
      meta: { ...meta, positions, pairs: entries, smoothing, cap, singularValues: factors.singularValues.slice(0, 4).map((value) => Number(value.toFixed(1))) },
    };
  }
}
