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
  /** Pair states kept per position. @defaultValue 32 */
  beam?: number;
  bonus?: PairBonus;
}

interface State {
  previous: number;
  current: number;
  score: number;
  back: number;
}

/** The index of the chosen option at each position. */
export function decode(lattice: LatticeOption[][], model: LanguageModel, options: DecodeOptions = {}): number[] {
  const n = lattice.length;
  if (n === 0) return [];
  const beam = options.beam ?? 32;
  const bonus = options.bonus;
  const history: State[][] = [];
  let states: State[] = lattice[0].map((option, current) => ({
    previous: -1,
    current,
    score: model.score(START, START, option.id) + option.score + (bonus ? bonus(START, option.id) : 0),
    back: -1,
  }));
  history.push(states);
  for (let i = 1; i < n; i++) {
    const options = lattice[i];
    const before = lattice[i - 1];
    const twoBefore = i >= 2 ? lattice[i - 2] : undefined;
    const best = new Map<number, State>();
    states.forEach((state, index) => {
      const w1 = state.previous < 0 || !twoBefore ? START : twoBefore[state.previous].id;
      const w2 = before[state.current].id;
      for (let m = 0; m < options.length; m++) {
        const w3 = options[m].id;
        const score = state.score + model.score(w1, w2, w3) + options[m].score + (bonus ? bonus(w2, w3) : 0);
        const key = state.current * 4096 + m;
        const known = best.get(key);
        if (!known || score > known.score) best.set(key, { previous: state.current, current: m, score, back: index });
      }
    });
    states = [...best.values()];
    if (states.length > beam) states = states.sort((a, b) => b.score - a.score).slice(0, beam);
    history.push(states);
  }
  let at = 0;
  for (let k = 1; k < states.length; k++) if (states[k].score > states[at].score) at = k;
  const chosen = new Array<number>(n);
  for (let i = n - 1; i >= 0; i--) {
    const state = history[i][at];
    chosen[i] = state.current;
    at = state.back;
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
