import { describe, expect, it } from 'vitest';
import { NgramCounter } from '../../src/normalize/build/ngram-counter.js';
import { deserializeModel, LanguageModel, NUMBER, serializeModel, START } from '../../src/normalize/lm.js';

function tinyModel(): LanguageModel {
  const counter = new NgramCounter();
  counter.add('hợp tác xã nông nghiệp', 3);
  counter.add('hợp tác xã thương mại');
  counter.add('tác phẩm văn học; hợp đồng thương mại');
  counter.add('ngày 12 tháng 10, ngày 3 tháng 4');
  return new LanguageModel(deserializeModel(serializeModel(counter.build())));
}

describe('syllable language model', () => {
  it('survives serialisation and knows its vocabulary', () => {
    const model = tinyModel();
    expect(model.has('hợp')).toBe(true);
    expect(model.has('ctia')).toBe(false);
    expect(model.meta.smoothing).toBe('interpolated Kneser-Ney');
  });

  it('prefers a seen continuation over an unseen one', () => {
    const model = tinyModel();
    const [hop, tac, xa, nong, thuong, pham] = ['hợp', 'tác', 'xã', 'nông', 'thương', 'phẩm'].map((s) => model.id(s));
    expect(model.score(hop, tac, xa)).toBeGreaterThan(model.score(hop, tac, pham));
    expect(model.score(tac, xa, nong)).toBeGreaterThan(model.score(tac, xa, thuong));
  });

  it('gives a distribution over the next syllable that sums to one', () => {
    const model = tinyModel();
    for (const [w1, w2] of [['hợp', 'tác'], ['tác', 'xã'], ['văn', 'học'], ['<s>', 'ngày']]) {
      const a = w1 === '<s>' ? START : model.id(w1);
      const b = model.id(w2);
      let sum = 0;
      for (let id = 1; id < model.vocab.length; id++) sum += Math.exp(model.score(a, b, id));
      expect(sum, `${w1} ${w2}`).toBeGreaterThan(0.9);
      expect(sum, `${w1} ${w2}`).toBeLessThan(1.1);
    }
  });

  it('backs off through the context weight to the bigram', () => {
    const model = tinyModel();
    const [hop, tac, pham] = ['hợp', 'tác', 'phẩm'].map((s) => model.id(s));
    expect(Number.isNaN(model.trigramScore(hop, tac, pham))).toBe(true);
    expect(model.score(hop, tac, pham)).toBeCloseTo(model.contextBackoff(hop, tac) + model.bigramScore(tac, pham), 6);
    expect(model.contextBackoff(hop, tac)).toBeLessThan(0);
  });

  it('counts numbers as one class', () => {
    const model = tinyModel();
    expect(model.score(model.id('ngày'), NUMBER, model.id('tháng'))).toBeGreaterThan(Math.log(0.5));
  });

  it('looks n-grams up alike whatever order the file stores them in', () => {
    const counter = new NgramCounter();
    counter.add('hợp tác xã nông nghiệp', 3);
    counter.add('tác phẩm văn học; hợp đồng thương mại');
    const data = counter.build();
    const sorted = new LanguageModel(data);
    // Reverse every n-gram array: the model must sort them back when loading.
    const reversed = new LanguageModel({
      ...data,
      bigramKeys: data.bigramKeys.slice().reverse(),
      bigramScores: data.bigramScores.slice().reverse(),
      bigramBackoffs: data.bigramBackoffs.slice().reverse(),
      trigramHeads: data.trigramHeads.slice().reverse(),
      trigramTails: data.trigramTails.slice().reverse(),
      trigramScores: data.trigramScores.slice().reverse(),
    });
    const ids = [START, ...['hợp', 'tác', 'xã', 'nông', 'phẩm', 'văn', 'học'].map((s) => sorted.id(s))];
    for (const a of ids) for (const b of ids) for (const c of ids.slice(1)) expect(reversed.score(a, b, c)).toBe(sorted.score(a, b, c));
    expect(Number.isNaN(sorted.trigramScore(ids[1], ids[2], ids[3]))).toBe(false);
  });
});
