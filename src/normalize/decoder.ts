// Viterbi decoding of a syllable lattice under the trigram model: states are pairs of
// (previous, current) candidates, pruned to a beam, scored by LM + channel log probabilities.
import { START, type LanguageModel } from './lm.js';

export interface LatticeOption {
  id: number;
  /** Channel (and any bonus) log score of this option. */
  score: number;
}

/** Extra log score for a syllable pair, e.g. from lexicon phrases. */
export type PairBonus = (previous: number, current: number) => number;

export interface DecodeOptions {
  /** Pair states scoring this far (log) below the best are dropped. @defaultValue 10 */
  beamWidth?: number;
  bonus?: PairBonus;
}

/**
 * The index of the chosen option at each position. The state after position i is the pair
 * (option at i-1, option at i), kept in a dense matrix; back pointers name the option at i-2.
 */
/** Scratch buffers reused across calls (decoding is synchronous): no garbage per position. */
let scratchScores = new Float64Array(256);
let scratchNext = new Float64Array(256);
let scratchBacks = new Int16Array(4096);
const contextWeights = new Float64Array(4096);

export function decode(lattice: LatticeOption[][], model: LanguageModel, options: DecodeOptions = {}): number[] {
  const n = lattice.length;
  if (n === 0) return [];
  const width = options.beamWidth ?? 10;
  const bonus = options.bonus;
  let widest = 1;
  for (const here of lattice) widest = Math.max(widest, here.length);
  const stride = widest * widest;
  if (scratchScores.length < stride) {
    scratchScores = new Float64Array(stride);
    scratchNext = new Float64Array(stride);
  }
  if (scratchBacks.length < n * stride) scratchBacks = new Int16Array(n * stride * 2);
  const backs = scratchBacks;
  // scores[j * |options at i| + k]: best path with option j at i-1 and option k at i.
  let scores = scratchScores;
  let next = scratchNext;
  let previousCount = 1;
  lattice[0].forEach((option, k) => {
    scores[k] = model.score(START, START, option.id) + option.score + (bonus ? bonus(START, option.id) : 0);
  });
  for (let i = 1; i < n; i++) {
    const before = lattice[i - 1];
    const here = lattice[i];
    const twoBefore = i >= 2 ? lattice[i - 2] : undefined;
    const size = before.length * here.length;
    next.fill(-Infinity, 0, size);
    const backAt = i * stride;
    let best = -Infinity;
    for (let s = 0; s < previousCount * before.length; s++) if (scores[s] > best) best = scores[s];
    const cutoff = best - width;
    // Loop order k, m, j: the bigram of (w2, w3) is shared by every w1, the weight of (w1, w2) by every w3.
    for (let k = 0; k < before.length; k++) {
      let alive = false;
      for (let j = 0; j < previousCount; j++) if (scores[j * before.length + k] >= cutoff) alive = true;
      if (!alive) continue;
      const w2 = before[k].id;
      for (let j = 0; j < previousCount; j++) {
        contextWeights[j] = model.contextBackoff(twoBefore ? twoBefore[j].id : START, w2);
      }
      for (let m = 0; m < here.length; m++) {
        const w3 = here[m].id;
        const local = here[m].score + (bonus ? bonus(w2, w3) : 0);
        const bigram = model.bigramScore(w2, w3);
        const at = k * here.length + m;
        for (let j = 0; j < previousCount; j++) {
          const score = scores[j * before.length + k];
          if (score < cutoff) continue;
          // A context weight of exactly 0 means the pair never had a follower: no trigram to look up.
          const weight = contextWeights[j];
          const tri = weight === 0 ? Number.NaN : model.trigramScore(twoBefore ? twoBefore[j].id : START, w2, w3);
          const total = score + (Number.isNaN(tri) ? weight + bigram : tri) + local;
          if (total > next[at]) {
            next[at] = total;
            backs[backAt + at] = j;
          }
        }
      }
    }
    previousCount = before.length;
    const swap = scores;
    scores = next;
    next = swap;
  }
  const lastCount = lattice[n - 1].length;
  let at = 0;
  for (let s = 1; s < previousCount * lastCount; s++) if (scores[s] > scores[at]) at = s;
  const chosen = new Array<number>(n);
  let k = Math.floor(at / lastCount);
  let m = at % lastCount;
  for (let i = n - 1; i >= 1; i--) {
    chosen[i] = m;
    const j = backs[i * stride + k * lattice[i].length + m];
    m = k;
    k = j;
  }
  chosen[0] = m;
  return chosen;
}

/** Score of each option at `position` with its neighbours fixed to the chosen path. */
export function rescoreInContext(
  lattice: LatticeOption[][],
  chosen: number[],
  position: number,
  model: LanguageModel,
  bonus?: PairBonus,
): number[] {
  const idAt = (i: number) => (i < 0 ? START : lattice[i][chosen[i]].id);
  return lattice[position].map((option) => {
    const ids = [idAt(position - 2), idAt(position - 1), option.id];
    let score = option.score + model.score(ids[0], ids[1], ids[2]) + (bonus ? bonus(ids[1], ids[2]) : 0);
    if (position + 1 < lattice.length) {
      const next = idAt(position + 1);
      score += model.score(ids[1], option.id, next) + (bonus ? bonus(option.id, next) : 0);
      if (position + 2 < lattice.length) score += model.score(option.id, next, idAt(position + 2));
    }
    return score;
  });
}
