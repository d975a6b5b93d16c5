// What a scored pass lifts each reading by, from what the pass before read: the document cache
// (a document repeats its topic words) and the topic vectors (the words around a syllable).
import { UNKNOWN, type LanguageModel } from './lm.js';
import type { TokenOption } from './options.js';
import type { TopicModel } from './topics.js';
import type { RestoreWeights } from './weights.js';

export interface Lifting {
  model: LanguageModel;
  weights: RestoreWeights;
  /** @defaultValue none: no topic lifts */
  topics?: TopicModel;
}

/**
 * The scores of all options, segment after segment (in lattice order, for DecodeOptions.scores),
 * each raised by how much more often the pass before chose its syllable elsewhere in the text
 * than the unigram expects, and by what the words it read around the option say of it.
 */
export function liftedScores(lattices: TokenOption[][][], choices: number[][], lifting: Lifting): Float64Array {
  const { model, weights, topics } = lifting;
  // The syllable read at each ambiguous position, per segment.
  const chosenIds = lattices.map((lattice, s) => {
    const ids: number[] = [];
    lattice.forEach((options, i) => {
      if (options.length >= 2) ids.push(options[choices[s][i]].id);
    });
    return ids;
  });
  // By id, as the vocabulary is small: no map to grow and hash per position.
  const counts = new Int32Array(model.vocab.length);
  let positions = 0;
  const add = (s: number, sign: 1 | -1) => {
    const ids = chosenIds[s];
    for (let k = 0; k < ids.length; k++) if (ids[k] !== UNKNOWN) counts[ids[k]] += sign;
    positions += sign * ids.length;
  };
  const weight = weights.documentCache;
  const window = weights.documentWindow > 0 ? weights.documentWindow : Infinity;
  /** Writes the options' scores, lifted, to scores[at ..]; returns where the next go. */
  const lift = (options: TokenOption[], chosen: number, scores: Float64Array, at: number): number => {
    const mine = options[chosen].id;
    for (let k = 0; k < options.length; k++) {
      const { id, score } = options[k];
      // Never chosen elsewhere: the ratio below is at most 1, no lift.
      const seen = id === UNKNOWN ? 0 : counts[id] - (id === mine ? 1 : 0);
      if (seen === 0) {
        scores[at++] = score;
        continue;
      }
      const expected = positions * Math.exp(model.unigramScore(id));
      scores[at++] = score + weight * Math.max(0, Math.log((1 + seen) / (1 + expected)));
    }
    return at;
  };
  // The counted segments [from, to): about `window` ambiguous positions either side of the
  // current one, so a long text mixing topics lifts each part by its own.
  let from = 0;
  let to = 0;
  let before = 0;
  let after = 0;
  let size = 0;
  for (const lattice of lattices) for (let i = 0; i < lattice.length; i++) size += lattice[i].length;
  const result = new Float64Array(size);
  let at = 0;
  lattices.forEach((lattice, s) => {
    while (before > window) {
      before -= chosenIds[from].length;
      add(from++, -1);
    }
    while (to < lattices.length && (to <= s || after < window)) {
      after += chosenIds[to].length;
      add(to++, 1);
    }
    for (let i = 0; i < lattice.length; i++) {
      const options = lattice[i];
      if (options.length >= 2) at = lift(options, choices[s][i], result, at);
      else for (let k = 0; k < options.length; k++) result[at++] = options[k].score;
    }
    before += chosenIds[s].length;
    after -= chosenIds[s].length;
  });
  if (topics && weights.topic > 0) liftByTopic(lattices, choices, result, topics, weights.topic);
  return result;
}

/**
 * Raises the scores (in lattice order) of each ambiguous position's options by what the words
 * read around it say of them (see topics.ts).
 */
function liftByTopic(lattices: TokenOption[][][], choices: number[][], scores: Float64Array, topics: TopicModel, weight: number): void {
  let positions = 0;
  for (const lattice of lattices) positions += lattice.length;
  const chosen = new Int32Array(positions);
  // The options in lattice order, as `scores` holds their scores.
  const starts = new Int32Array(positions + 1);
  const optionIds = new Int32Array(scores.length);
  let p = 0;
  let at = 0;
  lattices.forEach((lattice, s) => {
    for (let i = 0; i < lattice.length; i++, p++) {
      chosen[p] = lattice[i][choices[s][i]].id;
      starts[p] = at;
      for (const option of lattice[i]) optionIds[at++] = option.id;
    }
  });
  starts[positions] = at;
  topics.lift(chosen, starts, optionIds, scores, weight);
}
