import { describe, expect, it } from 'vitest';
import { NgramCounter } from '../../src/normalize/build/ngram-counter.js';
import { renumberByFold } from '../../src/normalize/build/renumber.js';
import { foldText } from '../../src/normalize/letters.js';
import { deserializeModel, LanguageModel, serializeModel, START } from '../../src/normalize/lm.js';

function data() {
  const counter = new NgramCounter();
  counter.add('hợp tác xã nông nghiệp tỉnh sơn la', 3);
  counter.add('họp bàn về hộp sữa và cửa hàng của hợp tác xã');
  counter.add('cua đồng, cưa gỗ; cúa cứa');
  return counter.build();
}

describe('renumbering a model by stripped spelling', () => {
  it('gives syllables stripped alike neighbouring ids', () => {
    const model = new LanguageModel(deserializeModel(serializeModel(renumberByFold(data()))));
    const ids = ['hợp', 'họp', 'hộp'].map((s) => model.id(s)).sort((a, b) => a - b);
    expect(ids[2] - ids[0]).toBe(2);
    const folds = model.vocab.slice(3).map((word) => foldText(word));
    expect(folds).toEqual([...folds].sort());
  });

  it('keeps every score', () => {
    const before = new LanguageModel(data());
    const after = new LanguageModel(renumberByFold(data()));
    const words = before.vocab.slice(3);
    for (const w1 of ['<s>', ...words.slice(0, 8)]) {
      for (const w2 of words.slice(0, 12)) {
        for (const w3 of words) {
          const a = w1 === '<s>' ? START : before.id(w1);
          const b = w1 === '<s>' ? START : after.id(w1);
          expect(after.score(b, after.id(w2), after.id(w3))).toBe(before.score(a, before.id(w2), before.id(w3)));
        }
      }
    }
  });
});
