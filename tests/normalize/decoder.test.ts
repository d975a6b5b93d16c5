import { describe, expect, it } from 'vitest';
import { NgramCounter } from '../../src/normalize/build/ngram-counter.js';
import { decode, rescoreInContext, type LatticeOption } from '../../src/normalize/decoder.js';
import { deserializeModel, LanguageModel, serializeModel } from '../../src/normalize/lm.js';

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
  });
});
