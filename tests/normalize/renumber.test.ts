import { describe, expect, it } from 'vitest';
import { NgramCounter } from '../../src/normalize/build/ngram-counter.js';
import { foldOrder } from '../../src/normalize/build/renumber.js';
import { foldText } from '../../src/normalize/letters.js';
import { deserializeModel, LanguageModel, RESERVED, serializeModel, UNKNOWN } from '../../src/normalize/lm.js';

describe('model ids ordered by stripped spelling', () => {
  it('gives syllables stripped alike neighbouring ids', () => {
    const counter = new NgramCounter();
    counter.add('hợp tác xã nông nghiệp tỉnh sơn la', 3);
    counter.add('họp bàn về hộp sữa và cửa hàng của hợp tác xã');
    counter.add('cua đồng, cưa gỗ; cúa cứa');
    const model = new LanguageModel(deserializeModel(serializeModel(counter.build())));
    const ids = ['hợp', 'họp', 'hộp'].map((s) => model.id(s)).sort((a, b) => a - b);
    expect(ids[2] - ids[0]).toBe(2);
    const folds = model.vocab.slice(RESERVED.length).map((word) => foldText(word));
    expect(folds).toEqual([...folds].sort());
  });

  it('keeps the reserved ids and maps every old id to one new id', () => {
    const vocab = [...RESERVED, 'xã', 'của', 'xa', 'cua'];
    const { byNew, newId } = foldOrder(vocab);
    expect(byNew.slice(0, RESERVED.length)).toEqual(RESERVED.map((_, id) => id));
    expect(byNew.map((old) => vocab[old]).slice(RESERVED.length)).toEqual(['của', 'cua', 'xã', 'xa']);
    byNew.forEach((old, id) => expect(newId[old]).toBe(id));
  });

  it('leaves out the words it is told to, mapping them to the unknown word', () => {
    const vocab = [...RESERVED, 'xã', 'world', 'xa', 'euro'];
    const { byNew, newId } = foldOrder(vocab, (old) => vocab[old] !== 'euro');
    expect(byNew.map((old) => vocab[old]).slice(RESERVED.length)).toEqual(['world', 'xã', 'xa']);
    expect(newId[vocab.indexOf('euro')]).toBe(UNKNOWN);
    expect(newId[vocab.indexOf('world')]).toBe(RESERVED.length);
  });
});
