import { brotliCompressSync, brotliDecompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { NgramCounter } from '../../src/normalize/build/ngram-counter.js';
import { deserializeModel, END, keptId, LanguageModel, NUMBER, punctuationId, serializeModel, START, UNKNOWN } from '../../src/normalize/lm.js';

function tinyModel(): LanguageModel {
  const counter = new NgramCounter();
  counter.add('hợp tác xã nông nghiệp', 3);
  counter.add('hợp tác xã thương mại');
  counter.add('tác phẩm văn học; hợp đồng thương mại');
  counter.add('ngày 12 tháng 10');
  counter.add('ngày 3 tháng 4, ngày 5 tháng 6');
  return new LanguageModel(deserializeModel(serializeModel(counter.build())));
}

describe('syllable language model', () => {
  it('survives serialisation and knows its vocabulary', () => {
    const model = tinyModel();
    expect(model.has('hợp')).toBe(true);
    expect(model.has('ctia')).toBe(false);
    expect(model.meta.smoothing).toBe('interpolated modified Kneser-Ney');
  });

  it('prefers a seen continuation over an unseen one', () => {
    const model = tinyModel();
    const [hop, tac, xa, nong, thuong, pham] = ['hợp', 'tác', 'xã', 'nông', 'thương', 'phẩm'].map((s) => model.id(s));
    expect(model.score(hop, tac, xa)).toBeGreaterThan(model.score(hop, tac, pham));
    // Seen three times against once after the same three words: the four-gram decides.
    expect(model.score4(hop, tac, xa, nong)).toBeGreaterThan(model.score4(hop, tac, xa, thuong));
    expect(model.score4(hop, tac, xa, thuong)).toBeGreaterThan(model.score4(hop, tac, xa, pham));
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
    for (const [w1, w2, w3] of [['hợp', 'tác', 'xã'], ['<s>', 'hợp', 'tác'], ['<s>', 'ngày', '<num>']]) {
      const [a, b, c] = [w1, w2, w3].map((w) => (w === '<s>' ? START : w === '<num>' ? NUMBER : model.id(w)));
      let sum = 0;
      for (let id = 1; id < model.vocab.length; id++) sum += Math.exp(model.score4(a, b, c, id));
      expect(sum, `${w1} ${w2} ${w3}`).toBeGreaterThan(0.9);
      expect(sum, `${w1} ${w2} ${w3}`).toBeLessThan(1.1);
    }
  });

  it('backs off through the context weight to the bigram', () => {
    const model = tinyModel();
    const [hop, tac, pham] = ['hợp', 'tác', 'phẩm'].map((s) => model.id(s));
    expect(Number.isNaN(model.trigramScore(hop, tac, pham))).toBe(true);
    expect(model.score(hop, tac, pham)).toBeCloseTo(model.contextBackoff(hop, tac) + model.bigramScore(tac, pham), 6);
    expect(model.contextBackoff(hop, tac)).toBeLessThan(0);
    const [xa, van] = ['xã', 'văn'].map((s) => model.id(s));
    const trigram = model.trigramIndex(model.context(hop, tac), xa);
    expect(trigram).toBeGreaterThanOrEqual(0);
    expect(model.trigramBackoffOf(trigram)).toBeLessThan(0);
    expect(model.score4(hop, tac, xa, van)).toBeCloseTo(model.trigramBackoffOf(trigram) + model.score(tac, xa, van), 6);
  });

  it('counts numbers as one class', () => {
    const model = tinyModel();
    expect(model.score4(START, model.id('ngày'), NUMBER, model.id('tháng'))).toBeGreaterThan(Math.log(0.5));
  });

  it('lists the words that make a word likely', () => {
    const model = tinyModel();
    const [tac, xa, hop, thuong] = ['tác', 'xã', 'hợp', 'thương'].map((word) => model.id(word));
    const before = (word: number, threshold: number) => {
      const { start, ids } = model.predecessors(threshold);
      return [...ids.subarray(start[word], start[word + 1])];
    };
    const dong = model.id('đồng');
    expect(before(xa, -2)).toEqual([tac]);
    expect(before(tac, -2)).toContain(hop);
    // "thương mại" follows "xã" and "đồng": the stricter the threshold, the fewer.
    expect(before(thuong, -1.5)).toEqual([dong]);
    expect(before(thuong, -2).sort()).toEqual([xa, dong].sort());
    expect(before(thuong, -0.5)).toEqual([]);
  });

  it('counts a number written with separators as a number, and a code as unknown', () => {
    for (const text of ['2011', '50.000', '6,2', '19/02/2011', '75-85', '10:30', '1.7.1807']) expect(keptId(text), text).toBe(NUMBER);
    for (const text of ['36/LMHTX-PĐTĐ', 'www.lmhtx.vn', '2.5cm', 'A4', '1,']) expect(keptId(text), text).toBe(UNKNOWN);
    const counter = new NgramCounter();
    counter.add('khoảng 50.000 tấn; khoảng 80.000 tấn; khoảng 2.500 tấn');
    const model = new LanguageModel(deserializeModel(serializeModel(counter.build())));
    // "50.000" and "2.500" are one word, <num>, and what follows a number is learnt.
    expect(model.has('50.000')).toBe(false);
    const khoang = model.id('khoảng');
    expect(model.score(khoang, NUMBER, model.id('tấn'))).toBeGreaterThan(Math.log(0.3));
    expect(model.score(khoang, UNKNOWN, model.id('tấn'))).toBeLessThan(Math.log(0.3));
  });

  it('reads a comma, a bracket, a colon, a quote or a dash as a word, and a sentence end as a cut', () => {
    expect(punctuationId(', ')).toBe(punctuationId(';'));
    expect(punctuationId(',')).toBeGreaterThan(END);
    expect(punctuationId(' (')).not.toBe(punctuationId(')'));
    expect(punctuationId('),')).toBe(punctuationId(')'));
    for (const mark of [':', '"', ' – ', '-']) expect(punctuationId(mark), mark).toBeGreaterThan(END);
    for (const mark of ['.', ').', '!', '?', '...', '%', '/.', '+']) expect(punctuationId(mark), mark).toBe(-1);
    // A slash between words ("đọc/ghi") joins them as a dash does.
    expect(punctuationId('/')).toBe(punctuationId('-'));
  });

  it('keeps the context across a comma and learns where a segment ends', () => {
    const counter = new NgramCounter();
    counter.add('trời mưa, nhưng chúng tôi vẫn đi', 3);
    counter.add('những người dân vẫn đi', 3);
    const model = new LanguageModel(deserializeModel(serializeModel(counter.build())));
    const [mua, nhung, nhungPlural, di, dan] = ['mưa', 'nhưng', 'những', 'đi', 'dân'].map((s) => model.id(s));
    const comma = punctuationId(',');
    expect(model.score(mua, comma, nhung)).toBeGreaterThan(model.score(mua, comma, nhungPlural));
    expect(model.score(model.id('vẫn'), di, END)).toBeGreaterThan(model.score(model.id('người'), dan, END));
  });

  it('keeps only the four-grams seen often enough, and none in a trigram model', () => {
    const lines = ['hợp tác xã nông nghiệp', 'hợp tác xã nông nghiệp', 'tác phẩm văn học hay'];
    const count = (options: ConstructorParameters<typeof NgramCounter>[0]) => {
      const counter = new NgramCounter(options);
      for (const line of lines) counter.add(line);
      return counter.build().fourgramContexts.length;
    };
    // Four per line: a segment ends in </s>, a word too ("xã nông nghiệp </s>").
    expect(count({})).toBe(8);
    expect(count({ minCounts: [1, 1, 2] })).toBe(4);
    expect(count({ order: 3 })).toBe(0);
  });

  it('keeps a rare n-gram that says what backing off would not, when asked', () => {
    const model = (options: ConstructorParameters<typeof NgramCounter>[0]) => {
      const counter = new NgramCounter({ minCounts: [1, 2], ...options });
      counter.add('học sinh giỏi', 5);
      // Counts of counts for sensible discounts.
      for (const [line, weight] of [['nông nghiệp sạch', 2], ['thương mại điện tử', 3], ['kinh tế tập thể', 1], ['dịch vụ công', 2], ['hợp tác xã', 4]] as const) {
        counter.add(line, weight);
      }
      // "hay" after "học" is rare, after "văn học" certain; "sinh" after "bạn học" is what "học" predicts anyway.
      counter.add('văn học hay');
      counter.add('bạn học sinh');
      return new LanguageModel(deserializeModel(serializeModel(counter.build())));
    };
    const ids = (m: LanguageModel, words: string) => words.split(' ').map((word) => m.id(word)) as [number, number, number];
    const pruned = model({});
    expect(pruned.trigramScore(...ids(pruned, 'văn học hay'))).toBeNaN();
    expect(pruned.trigramScore(...ids(pruned, 'học sinh giỏi'))).not.toBeNaN();
    const distinct = model({ keepDistinct: 1 });
    expect(distinct.trigramScore(...ids(distinct, 'văn học hay'))).not.toBeNaN();
    expect(distinct.trigramScore(...ids(distinct, 'bạn học sinh'))).toBeNaN();
    expect(distinct.score(...ids(distinct, 'văn học hay'))).toBeGreaterThan(pruned.score(...ids(pruned, 'văn học hay')));
  });

  it('makes the foreign words seen often enough words of its own, and the rarer ones <unk>', () => {
    const data = (foreignMinCount?: number) => {
      const counter = new NgramCounter({ foreignMinCount });
      // Seen as often as it is written: a line's weight does not count.
      for (let k = 0; k < 3; k++) counter.add('vòng loại World Cup gặp Algérie');
      counter.add('giải Euro', 5);
      counter.add('giành cúp vô địch');
      counter.add('cúp quốc gia, cúp bóng đá');
      // Counts of counts for sensible discounts.
      for (const [line, weight] of [['nông nghiệp sạch', 2], ['thương mại điện tử', 3], ['kinh tế tập thể', 1], ['dịch vụ công', 2], ['hợp tác xã', 4]] as const) {
        counter.add(line, weight);
      }
      return counter.build();
    };
    const build = (foreignMinCount?: number) => new LanguageModel(deserializeModel(serializeModel(data(foreignMinCount))));
    const model = build(2);
    // As written, lower case: a foreign word is no syllable, so no tone is moved ("algérie", not "álgerie").
    for (const word of ['world', 'cup', 'algérie']) expect(model.id(word), word).not.toBe(UNKNOWN);
    expect(model.id('euro')).toBe(UNKNOWN);
    const [vong, loai, world, cup, cupMarked] = ['vòng', 'loại', 'world', 'cup', 'cúp'].map((word) => model.id(word));
    expect(model.score4(vong, loai, world, cup)).toBeGreaterThan(model.score4(vong, loai, world, cupMarked));
    // The model says which words are foreign; one whose file does not say (built before) finds them by the grammar.
    expect([...model.foreign.keys()].filter((id) => model.foreign[id] === 1).map((id) => model.vocab[id]).sort()).toEqual(['algérie', 'cup', 'world']);
    const { foreign: _, ...older } = deserializeModel(serializeModel({ ...data(2) }));
    expect(new LanguageModel(older).foreign).toEqual(model.foreign);
    // Without the option every foreign word is <unk>, as before it.
    const plain = build();
    expect(plain.id('world')).toBe(UNKNOWN);
    expect(plain.vocab.length).toBe(model.vocab.length - 3);
  });

  it('backs off with weight one from a context whose every continuation was pruned', () => {
    const counter = new NgramCounter({ minCounts: [1, 2] });
    counter.add('hợp tác xã nông nghiệp', 3);
    counter.add('tác phẩm văn học hay');
    const model = new LanguageModel(deserializeModel(serializeModel(counter.build())));
    const [hop, tac, pham, van] = ['hợp', 'tác', 'phẩm', 'văn'].map((s) => model.id(s));
    // "hợp tác" keeps its trigram "hợp tác xã"; "tác phẩm" lost "tác phẩm văn", seen once.
    expect(model.contextBackoff(hop, tac)).toBeLessThan(0);
    expect(Number.isNaN(model.trigramScore(tac, pham, van))).toBe(true);
    expect(model.contextBackoff(tac, pham)).toBeCloseTo(0, 9);
    expect(model.score(tac, pham, van)).toBeCloseTo(model.bigramScore(pham, van), 6);
  });

  it('refuses n-grams out of order', () => {
    const counter = new NgramCounter();
    counter.add('hợp tác xã nông nghiệp', 3);
    counter.add('tác phẩm văn học; hợp đồng thương mại');
    const data = counter.build();
    expect(() => new LanguageModel({ ...data, bigramContexts: data.bigramContexts.slice().reverse() })).toThrow(/out of order/);
    expect(() => new LanguageModel({ ...data, fourgramContexts: data.fourgramContexts.slice().reverse() })).toThrow(/out of order/);
  });

  it('names the version of a model file it cannot read', () => {
    const bytes = serializeModel(new NgramCounter().build());
    const older = brotliCompressSync(Buffer.concat([Buffer.from('HOSOLM4\n'), brotliDecompressSync(bytes).subarray(8)]));
    expect(() => deserializeModel(older)).toThrow(/HOSOLM4.*rebuild/);
  });
});
