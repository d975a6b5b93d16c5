import { describe, expect, it } from 'vitest';
import { NgramCounter } from '../../src/normalize/build/ngram-counter.js';
import { BACKOFF, deserializeModel, LanguageModel, NUMBER, serializeModel, START } from '../../src/normalize/lm.js';

function tinyModel(): LanguageModel {
  const counter = new NgramCounter();
  counter.add('hợp tác xã nông nghiệp', 3);
  counter.add('hợp tác xã thương mại');
  counter.add('ngày 12 tháng 10');
  return new LanguageModel(deserializeModel(serializeModel(counter.build({ minTrigram: 1 }))));
}

describe('syllable language model', () => {
  it('survives serialisation and knows its vocabulary', () => {
    const model = tinyModel();
    expect(model.has('hợp')).toBe(true);
    expect(model.has('ctia')).toBe(false);
  });

  it('prefers a seen continuation over an unseen one', () => {
    const model = tinyModel();
    const [hop, tac, xa, nong, thuong] = ['hợp', 'tác', 'xã', 'nông', 'thương'].map((s) => model.id(s));
    expect(model.score(hop, tac, xa)).toBeGreaterThan(model.score(hop, tac, nong));
    expect(model.score(tac, xa, nong)).toBeGreaterThan(model.score(tac, xa, thuong));
    expect(model.score(tac, xa, nong)).toBeCloseTo(Math.log(3 / 4), 1);
  });

  it('backs off to the bigram and then the unigram', () => {
    const model = tinyModel();
    const [xa, nong, nghiep] = ['xã', 'nông', 'nghiệp'].map((s) => model.id(s));
    expect(model.score(START, nong, nghiep)).toBeCloseTo(BACKOFF + 0, 1);
    expect(model.score(xa, xa, xa)).toBeCloseTo(2 * BACKOFF + model.unigramScore(xa), 5);
  });

  it('counts numbers as one class', () => {
    const model = tinyModel();
    expect(model.score(model.id('ngày'), NUMBER, model.id('tháng'))).toBeCloseTo(0, 1);
  });
});
