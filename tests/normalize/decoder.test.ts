import { describe, expect, it } from 'vitest';
import { NgramCounter } from '../../src/normalize/build/ngram-counter.js';
import { decode, rescoreInContext, type LatticeOption } from '../../src/normalize/decoder.js';
import { deserializeModel, END, LanguageModel, serializeModel } from '../../src/normalize/lm.js';

function model(): LanguageModel {
  const counter = new NgramCounter();
  counter.add('liên minh hợp tác xã tỉnh sơn la', 5);
  counter.add('họp bàn về tác phẩm', 1);
  counter.add('hộp sữa và xa lộ', 1);
  return new LanguageModel(deserializeModel(serializeModel(counter.build())));
}

describe('Viterbi decoding', () => {
  it('picks the sentence the language model prefers among equal channel scores', () => {
    const lm = model();
    const options = (...syllables: string[]): LatticeOption[] => syllables.map((s) => ({ id: lm.id(s), score: 0 }));
    const lattice = [options('liên'), options('minh'), options('họp', 'hộp', 'hợp'), options('tác'), options('xa', 'xã')];
    const chosen = decode(lattice, lm);
    expect(chosen.map((k, i) => lm.vocab[lattice[i][k].id])).toEqual(['liên', 'minh', 'hợp', 'tác', 'xã']);
  });

  it('lets a strong channel score overrule the language model', () => {
    const lm = model();
    const lattice: LatticeOption[][] = [
      [{ id: lm.id('hợp'), score: -30 }, { id: lm.id('hộp'), score: 0 }],
      [{ id: lm.id('tác'), score: 0 }],
    ];
    expect(decode(lattice, lm)).toEqual([1, 0]);
  });

  it('decodes a single position and an empty lattice', () => {
    const lm = model();
    expect(decode([], lm)).toEqual([]);
    expect(decode([[{ id: lm.id('xa'), score: -5 }, { id: lm.id('xã'), score: 0 }]], lm)).toEqual([1]);
  });

  it('rescores alternatives in the context of the chosen path', () => {
    const lm = model();
    const lattice = [[{ id: lm.id('hợp'), score: 0 }], [{ id: lm.id('tác'), score: 0 }], [{ id: lm.id('xa'), score: 0 }, { id: lm.id('xã'), score: 0 }]];
    const chosen = decode(lattice, lm);
    const scores = rescoreInContext(lattice, chosen, 2, lm);
    expect(scores[1]).toBeGreaterThan(scores[0]);
    // A closed segment's last word is also scored against the end, as `decode` scores it.
    const closed = rescoreInContext(lattice, chosen, 2, lm, undefined, true);
    lattice[2].forEach((option, k) => expect(closed[k]).toBeCloseTo(scores[k] + lm.score4(lm.id('hợp'), lm.id('tác'), option.id, END), 6));
  });
});

describe('Viterbi decoding with four-grams', () => {
  it('lets the word three back decide where the trigram cannot', () => {
    const counter = new NgramCounter();
    // Each trigram "tác xã nông" and "tác xã thương" follows one context: only four-grams tell them apart.
    counter.add('hợp tác xã nông', 2);
    counter.add('liên tác xã thương', 2);
    const lm = new LanguageModel(deserializeModel(serializeModel(counter.build())));
    const [tac, xa, nong, thuong] = ['tác', 'xã', 'nông', 'thương'].map((s) => lm.id(s));
    expect(lm.score(tac, xa, nong)).toBeCloseTo(lm.score(tac, xa, thuong), 6);
    for (const [first, last] of [['hợp', 'nông'], ['liên', 'thương']]) {
      const lattice = [[{ id: lm.id(first), score: 0 }], [{ id: tac, score: 0 }], [{ id: xa, score: 0 }], [{ id: nong, score: 0 }, { id: thuong, score: 0 }]];
      const chosen = decode(lattice, lm);
      expect(lm.vocab[lattice[3][chosen[3]].id]).toBe(last);
      const scores = rescoreInContext(lattice, chosen, 3, lm);
      expect(scores[chosen[3]]).toBeGreaterThan(scores[1 - chosen[3]]);
    }
  });
});

describe('Viterbi decoding against exhaustive search', () => {
  /** The model's score of the word at i of a path, from as many words before it as there are (one start before the first). */
  function lmAt(lm: LanguageModel, ids: number[], i: number): number {
    if (i === 0) return lm.score(0, 0, ids[0]);
    if (i === 1) return lm.score(0, ids[0], ids[1]);
    if (i === 2) return lm.score4(0, ids[0], ids[1], ids[2]);
    return lm.score4(ids[i - 3], ids[i - 2], ids[i - 1], ids[i]);
  }

  function pathScore(lattice: LatticeOption[][], path: number[], lm: LanguageModel): number {
    const ids = path.map((k, i) => lattice[i][k].id);
    return path.reduce((score, k, i) => score + lmAt(lm, ids, i) + lattice[i][k].score, 0);
  }

  /** Every path's score, the best kept: what the decoder must find when its beam keeps every state. */
  function bestByBruteForce(lattice: LatticeOption[][], lm: LanguageModel): { path: number[]; score: number } {
    let best = { path: [] as number[], score: -Infinity };
    const walk = (path: number[]) => {
      if (path.length === lattice.length) {
        const score = pathScore(lattice, path, lm);
        if (score > best.score) best = { path: [...path], score };
        return;
      }
      lattice[path.length].forEach((_, k) => walk([...path, k]));
    };
    walk([]);
    return best;
  }

  const SENTENCES = ['liên minh hợp tác xã tỉnh sơn la', 'họp bàn về tác phẩm', 'hộp sữa và xa lộ'];

  /** 200 stretches of the training sentences, each word among up to three distractors: the n-grams decide. */
  function randomLattices(lm: LanguageModel): LatticeOption[][][] {
    const words = lm.vocab.slice(3);
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const sentences = SENTENCES.map((line) => line.split(' '));
    return Array.from({ length: 200 }, (_, trial) => {
      const sentence = sentences[trial % sentences.length];
      const start = Math.floor(random() * (sentence.length - 1));
      const length = 1 + Math.floor(random() * Math.min(6, sentence.length - start));
      return sentence.slice(start, start + length).map((word) => {
        const options = Array.from({ length: Math.floor(random() * 4) }, () => ({ id: lm.id(words[Math.floor(random() * words.length)]), score: -2 * random() }));
        options.splice(Math.floor(random() * (options.length + 1)), 0, { id: lm.id(word), score: -2 * random() });
        return options;
      });
    });
  }

  it('finds the best path of random lattices when no state is pruned', () => {
    const lm = model();
    for (const lattice of randomLattices(lm)) {
      const expected = bestByBruteForce(lattice, lm);
      const chosen = decode(lattice, lm, { beamWidth: 1000, beamStates: 1000 });
      expect(pathScore(lattice, chosen, lm)).toBeCloseTo(expected.score, 9);
    }
  });

  it('keeps one path per last pair where the model knows no trigram, leaving the beam room for the other pairs', () => {
    // "tác xã" is likelier than "tác phẩm", but "về" follows "phẩm", never "xã". Neither "hợp tác"
    // nor "họp tác" was seen, so "hợp tác xã" and "họp tác xã" go on alike from "tác xã" and only
    // the better of the two matters. Kept both, they would fill a beam of two and drop "phẩm".
    const counter = new NgramCounter();
    counter.add('liên tác xã', 40);
    counter.add('tác xã', 40);
    counter.add('xã mới', 40);
    counter.add('bàn tác phẩm', 4);
    counter.add('phẩm về', 40);
    counter.add('hợp lý', 1);
    counter.add('họp mặt', 1);
    // Pairs seen once to four times: Kneser-Ney's discounts are estimated from how many there are.
    for (const [line, times] of [['sơn la', 1], ['yên bái', 1], ['hà nội', 2], ['lào cai', 2], ['hà giang', 3], ['lai châu', 3], ['cao bằng', 4]] as const) counter.add(line, times);
    const lm = new LanguageModel(deserializeModel(serializeModel(counter.build())));
    const options = (...syllables: string[]): LatticeOption[] => syllables.map((s) => ({ id: lm.id(s), score: 0 }));
    const lattice = [options('hợp', 'họp'), options('tác'), options('xã', 'phẩm'), options('về')];
    const expected = bestByBruteForce(lattice, lm);
    expect(lm.vocab[lattice[2][expected.path[2]].id]).toBe('phẩm');
    const chosen = decode(lattice, lm, { beamWidth: 1000, beamStates: 2 });
    expect(pathScore(lattice, chosen, lm)).toBeCloseTo(expected.score, 9);
  });
});
