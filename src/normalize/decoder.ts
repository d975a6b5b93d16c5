// Viterbi decoding of a syllable lattice under the four-gram model: a state is a triple of
// candidates (two before, one before, current), the context of the next four-gram; each
// position keeps only its best few states (a beam). Merging paths by their last pair only
// (as a trigram decoder does) was as fast but lost the better path where the word three back
// decides ("vụ và các chỉ tiêu" read as "vú và các": the pair "và các" kept the path from "vú").
// Where the model knows no trigram of a triple, though, nothing after it looks three back: of
// the triples ending in that pair only the best is kept (an exact recombination, see `recombine`).
import { END, START, type LanguageModel } from './lm.js';

export interface LatticeOption {
  id: number;
  /** Channel (and any bonus) log score of this option. */
  score: number;
}

/** Extra log score for a syllable pair, e.g. from lexicon phrases. */
export type PairBonus = (previous: number, current: number) => number;

export interface DecodeOptions {
  /** States scoring this far (log) below the best are dropped. @defaultValue 10 */
  beamWidth?: number;
  /** Most states kept per position. @defaultValue 32 */
  beamStates?: number;
  bonus?: PairBonus;
  /** The lattice ends its segment: each path also scores the segment's end after its last word. */
  closed?: boolean;
  /**
   * Every option's score in lattice order (position 0's options first), from `scoresFrom` on, in
   * place of its own: rescored options (the document cache's lifts) without an object per option.
   * @defaultValue their own
   */
  scores?: Float64Array;
  /** Where the lattice's scores start in `scores`. @defaultValue 0 */
  scoresFrom?: number;
}

/**
 * Scratch buffers reused across calls (decoding is synchronous): no garbage per position.
 * Kept states of every position, one after another: the option at i, the option at i-1, the
 * kept state at i-1 it extends (whose own pair gives the option at i-2), and the path's score.
 */
let stateCurrent = new Int16Array(4096);
let stateBefore = new Int16Array(4096);
let stateBack = new Int32Array(4096);
let stateScore = new Float64Array(4096);
/** The bigram (option at i-1, option at i) as the model's context index (-1: never seen), for the next trigram. */
let stateContext = new Int32Array(4096);
/** The trigram (option at i-2, i-1, i) of the state's path as the model's index (-1: never seen), for the next four-gram. */
let stateTrigram = new Int32Array(4096);
/** Per position: best score and its state at i-1, by triple (option at i-2, i-1, i). */
let tripleScore = new Float64Array(256);
let tripleBack = new Int32Array(256);
/** Per (option at i-1, option at i): the bigram score and channel plus bonus, filled a row at a time. */
let pairBigram = new Float64Array(256);
let pairLocal = new Float64Array(256);
/** Per pair: the model's index of that bigram, found by the row walk (-1: never seen). */
let pairContext = new Int32Array(256);
/** Per triple: its trigram as the model's index (-1: never seen). */
let tripleTrigram = new Int32Array(256);
/** The triples that were reached, and the kept ones among them. */
let reached = new Int32Array(256);
let kept = new Int32Array(64);
/** Which position last filled each row of the pair arrays (a counter, so nothing is cleared). */
let rowStamp = new Int32Array(64);
/** The same for the rows of the triple arrays, one per (option at i-2, option at i-1). */
let tripleStamp = new Int32Array(256);
/**
 * Per (option at i-1, option at i): which position last met a triple ending so whose trigram the
 * model never saw, and the best such triple.
 */
let pairStamp = new Int32Array(256);
let pairBest = new Int32Array(256);
let stamp = 0;
/**
 * The lattice flattened: ids and channel scores of every option, position i's from offsets[i].
 * Options come in many object shapes; reading them once here keeps the inner loop on typed arrays.
 */
let optionIds = new Int32Array(4096);
/** Per position, its option indices in ascending id order (n-gram tails are sorted by id). */
let byId = new Int32Array(4096);
let optionScores = new Float64Array(4096);
let offsets = new Int32Array(1024);

function flatten(lattice: LatticeOption[][], scores: Float64Array | undefined, scoresFrom: number): number {
  const n = lattice.length;
  if (offsets.length < n + 1) offsets = new Int32Array(2 * n + 2);
  let total = 0;
  for (let i = 0; i < n; i++) total += lattice[i].length;
  if (optionIds.length < total) {
    optionIds = new Int32Array(2 * total);
    optionScores = new Float64Array(2 * total);
    byId = new Int32Array(2 * total);
  }
  let widest = 1;
  let at = 0;
  for (let i = 0; i < n; i++) {
    const here = lattice[i];
    offsets[i] = at;
    const first = at;
    for (let m = 0; m < here.length; m++) {
      const id = here[m].id;
      optionIds[at] = id;
      optionScores[at] = scores ? scores[scoresFrom + at] : here[m].score;
      // Insertion sort: a dozen options at most.
      let slot = at++;
      while (slot > first && optionIds[first + byId[slot - 1]] > id) {
        byId[slot] = byId[slot - 1];
        slot--;
      }
      byId[slot] = m;
    }
    if (here.length > widest) widest = here.length;
  }
  offsets[n] = at;
  return widest;
}

function ensureStates(size: number): void {
  if (stateCurrent.length >= size) return;
  const grow = Math.max(size, stateCurrent.length * 2);
  const copy = <T extends Int16Array | Int32Array | Float64Array>(old: T, make: (n: number) => T): T => {
    const next = make(grow);
    next.set(old as never);
    return next;
  };
  stateCurrent = copy(stateCurrent, (n) => new Int16Array(n));
  stateBefore = copy(stateBefore, (n) => new Int16Array(n));
  stateBack = copy(stateBack, (n) => new Int32Array(n));
  stateScore = copy(stateScore, (n) => new Float64Array(n));
  stateContext = copy(stateContext, (n) => new Int32Array(n));
  stateTrigram = copy(stateTrigram, (n) => new Int32Array(n));
}

/**
 * Keeps the best `limit` of the `count` reached triples within `width` of `best` (the best
 * score among them), in kept[0..], the beaten ones `recombine` finds left out; returns how many.
 * Usually all fit: they are kept in the order reached, and ranked (best first, ties in the
 * order reached) only when some must go. `pairMask` takes a triple's pair (its options at i-1
 * and i) from its index.
 */
function selectBest(count: number, limit: number, width: number, best: number, pairMask: number): number {
  const cutoff = best - width;
  let size = 0;
  for (let r = 0; r < count; r++) if (tripleScore[reached[r]] >= cutoff) kept[size++] = reached[r];
  size = recombine(size, pairMask);
  if (size <= limit) return size;
  // Insertion into the best `limit` so far: a triple no better than the last of a full list
  // would be cut anyway (ties keep the earlier), so most cost one comparison.
  let ranked = 1;
  for (let r = 1; r < size; r++) {
    const triple = kept[r];
    const score = tripleScore[triple];
    if (ranked === limit && tripleScore[kept[limit - 1]] >= score) continue;
    let at = ranked < limit ? ranked++ : limit - 1;
    while (at > 0 && tripleScore[kept[at - 1]] < score) {
      kept[at] = kept[at - 1];
      at--;
    }
    kept[at] = triple;
  }
  return limit;
}

/**
 * Drops from kept[0..size) each triple that another ending in the same pair beats when neither's
 * trigram is in the model: the next words are then scored from the pair alone (no four-gram can
 * follow an unseen trigram), so the better path is the better whatever comes after. Left in, the
 * worse would take a place in the beam. Keeps the order of the rest; returns how many are left.
 * Uses the stamp of the position being decoded.
 */
function recombine(size: number, pairMask: number): number {
  let dropped = 0;
  for (let r = 0; r < size; r++) {
    const triple = kept[r];
    if (tripleTrigram[triple] >= 0) continue;
    const pair = triple & pairMask;
    if (pairStamp[pair] !== stamp) {
      pairStamp[pair] = stamp;
      pairBest[pair] = triple;
      continue;
    }
    dropped++;
    if (tripleScore[triple] > tripleScore[pairBest[pair]]) {
      tripleScore[pairBest[pair]] = -Infinity;
      pairBest[pair] = triple;
    } else {
      tripleScore[triple] = -Infinity;
    }
  }
  if (dropped === 0) return size;
  let left = 0;
  for (let r = 0; r < size; r++) if (tripleScore[kept[r]] !== -Infinity) kept[left++] = kept[r];
  return left;
}

/** The index of the chosen option at each position. */
export function decode(lattice: LatticeOption[][], model: LanguageModel, options: DecodeOptions = {}): number[] {
  const n = lattice.length;
  if (n === 0) return [];
  const width = options.beamWidth ?? 10;
  const limit = Math.max(1, options.beamStates ?? 32);
  const bonus = options.bonus;
  const highest = model.highestScore;
  const { trigrams, fourgrams } = model;
  const widest = flatten(lattice, options.scores, options.scoresFrom ?? 0);
  // Indices are made of option indices in fields of `bits` bits: a pair is (k << bits) | m, a
  // triple (j << 2 bits) | (k << bits) | m, taken apart by shifts and masks, not divisions.
  const bits = 32 - Math.clz32(widest - 1);
  const mask = (1 << bits) - 1;
  const pairMask = (1 << (2 * bits)) - 1;
  const square = 1 << (2 * bits);
  const cube = 1 << (3 * bits);
  if (pairBigram.length < square) {
    pairBigram = new Float64Array(square);
    pairLocal = new Float64Array(square);
    pairContext = new Int32Array(square);
  }
  if (tripleScore.length < cube) {
    tripleScore = new Float64Array(cube);
    tripleBack = new Int32Array(cube);
    tripleTrigram = new Int32Array(cube);
    reached = new Int32Array(cube);
  }
  if (kept.length < Math.max(limit, cube)) kept = new Int32Array(Math.max(limit, cube));
  if (rowStamp.length < widest) rowStamp = new Int32Array(widest);
  if (tripleStamp.length < square) tripleStamp = new Int32Array(square);
  if (pairStamp.length < square) {
    pairStamp = new Int32Array(square);
    pairBest = new Int32Array(square);
  }
  // After two billion positions the counter would wrap: start the stamps afresh.
  if (stamp > 0x3fffffff) {
    stamp = 0;
    rowStamp.fill(0);
    tripleStamp.fill(0);
    pairStamp.fill(0);
  }
  ensureStates(n * limit + 1);
  // Position 0: one state per option, after two starts (each its own pair: none recombines,
  // but the stamp is the position's own, not the last call's).
  stamp++;
  const firstCount = offsets[1];
  let firstBest = -Infinity;
  for (let m = 0; m < firstCount; m++) {
    const id = optionIds[m];
    tripleScore[m] = model.firstScore(id) + optionScores[m] + (bonus ? bonus(START, id) : 0);
    tripleTrigram[m] = -1;
    reached[m] = m;
    if (tripleScore[m] > firstBest) firstBest = tripleScore[m];
  }
  let size = selectBest(firstCount, limit, width, firstBest, pairMask);
  let low = 0;
  for (let s = 0; s < size; s++) {
    stateCurrent[s] = kept[s];
    stateBefore[s] = 0;
    stateBack[s] = -1;
    stateScore[s] = tripleScore[kept[s]];
    stateContext[s] = model.firstContext(optionIds[kept[s]]);
    stateTrigram[s] = -1;
  }
  let high = size;
  for (let i = 1; i < n; i++) {
    const before = offsets[i - 1];
    const here = offsets[i];
    const count = offsets[i + 1] - here;
    // Each row (one option at i-1) is filled when the first state ending in that option comes,
    // each triple row (options at i-2 and i-1) likewise.
    stamp++;
    let reachedCount = 0;
    let best = -Infinity;
    for (let s = low; s < high; s++) {
      const k = stateCurrent[s];
      const w2 = optionIds[before + k];
      const score = stateScore[s];
      const row = k << bits;
      if (rowStamp[k] !== stamp) {
        rowStamp[k] = stamp;
        // The bigrams of the row at once, walking w2's sorted followers in step with the
        // options' ascending ids (one stripped word's candidates have neighbouring ids).
        const end = model.bigramTo(w2);
        let from = model.bigramFrom(w2);
        for (let r = 0; r < count; r++) {
          const m = byId[here + r];
          const w3 = optionIds[here + m];
          from = model.seekBigram(from, end, w3);
          pairContext[row + m] = model.bigramIndexAt(from, end, w3);
          pairBigram[row + m] = model.bigramScoreAt(from, end, w2, w3);
          pairLocal[row + m] = optionScores[here + m] + (bonus ? bonus(w2, w3) : 0);
        }
      }
      const tripleRow = (stateBefore[s] << bits) | k;
      const triple = tripleRow << bits;
      if (tripleStamp[tripleRow] !== stamp) {
        tripleStamp[tripleRow] = stamp;
        for (let m = 0; m < count; m++) {
          tripleScore[triple + m] = -Infinity;
          reached[reachedCount++] = triple + m;
        }
      }
      // The state's bigram and trigram were found by the previous position's walks: no search here.
      const context = stateContext[s];
      const weight = model.backoffOf(context);
      const to = trigrams.to(context);
      let cursor = trigrams.from(context);
      const trigram = stateTrigram[s];
      const trigramWeight = model.trigramBackoffOf(trigram);
      const fourTo = fourgrams.to(trigram);
      let fourCursor = fourgrams.from(trigram);
      for (let r = 0; r < count; r++) {
        const m = byId[here + r];
        const at = triple + m;
        const local = pairLocal[row + m];
        // A state this far behind the triple's best so far cannot beat it whatever the model says.
        if (score + highest + local <= tripleScore[at]) continue;
        const w3 = optionIds[here + m];
        let lm = weight + pairBigram[row + m];
        let next = -1;
        if (cursor < to) {
          cursor = trigrams.seek(cursor, to, w3);
          if (trigrams.endsIn(cursor, to, w3)) {
            lm = trigrams.scoreAt(cursor);
            next = cursor;
          }
        }
        lm += trigramWeight;
        if (fourCursor < fourTo) {
          fourCursor = fourgrams.seek(fourCursor, fourTo, w3);
          if (fourgrams.endsIn(fourCursor, fourTo, w3)) lm = fourgrams.scoreAt(fourCursor);
        }
        const total = score + lm + local;
        if (total > tripleScore[at]) {
          tripleScore[at] = total;
          tripleBack[at] = s;
          tripleTrigram[at] = next;
          if (total > best) best = total;
        }
      }
    }
    size = selectBest(reachedCount, limit, width, best, pairMask);
    low = high;
    for (let r = 0; r < size; r++) {
      const triple = kept[r];
      const s = high + r;
      const m = triple & mask;
      const k = (triple >> bits) & mask;
      stateCurrent[s] = m;
      stateBefore[s] = k;
      stateBack[s] = tripleBack[triple];
      stateScore[s] = tripleScore[triple];
      stateContext[s] = pairContext[triple & pairMask];
      stateTrigram[s] = tripleTrigram[triple];
    }
    high += size;
  }
  // The best state of the last position ends the best path (the first of equals).
  let last = low;
  let lastScore = -Infinity;
  for (let s = low; s < high; s++) {
    let score = stateScore[s];
    if (options.closed) {
      const w3 = optionIds[offsets[n - 1] + stateCurrent[s]];
      if (n === 1) score += model.score(START, w3, END);
      else {
        const w2 = optionIds[offsets[n - 2] + stateBefore[s]];
        const w1 = n === 2 ? START : optionIds[offsets[n - 3] + stateBefore[stateBack[s]]];
        score += model.score4(w1, w2, w3, END);
      }
    }
    if (score > lastScore) {
      last = s;
      lastScore = score;
    }
  }
  const chosen = new Array<number>(n);
  for (let s = last, i = n - 1; i >= 0; i--) {
    chosen[i] = stateCurrent[s];
    s = stateBack[s];
  }
  return chosen;
}

/** Score of each option at `position` with its neighbours fixed to the chosen path. */
export function rescoreInContext(
  lattice: LatticeOption[][],
  chosen: number[],
  position: number,
  model: LanguageModel,
  bonus?: PairBonus,
  closed = false,
): number[] {
  // As in `decode`, a closed lattice is followed by the segment's end, which the model scores too.
  const n = lattice.length;
  const idAt = (i: number) => (i < 0 ? START : i === n ? END : lattice[i][chosen[i]].id);
  /** The model's score of the word at i, the one at `position` being `id`. */
  const lmAt = (i: number, id: number) => {
    const w = (j: number) => (j === position ? id : idAt(j));
    // Before the segment there is one start: the first words have shorter contexts.
    if (i === 0) return model.score(START, START, w(0));
    if (i === 1) return model.score(START, w(0), w(1));
    if (i === 2) return model.score4(START, w(0), w(1), w(2));
    return model.score4(w(i - 3), w(i - 2), w(i - 1), w(i));
  };
  return lattice[position].map((option) => {
    let score = option.score + (bonus ? bonus(idAt(position - 1), option.id) : 0);
    for (let i = position; i < Math.min(closed ? n + 1 : n, position + 4); i++) score += lmAt(i, option.id);
    if (bonus && position + 1 < lattice.length) score += bonus(option.id, idAt(position + 1));
    return score;
  });
}
