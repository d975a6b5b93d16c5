import { describe, expect, it } from 'vitest';
import { FIRST_WORD, deserializeTopics, serializeTopics, TopicModel, vocabularyHash, type TopicData } from '../../src/normalize/topics.js';

/** Topic data over `size` ids with small pseudo-random vectors. */
function sampleData(size: number, rank: number, window: number): TopicData {
  let state = 7;
  const next = () => ((state = (state * 48271) % 2147483647) / 2147483647) * 2 - 1;
  const vectors = () => Float32Array.from({ length: size * rank }, next);
  const prior = Float32Array.from({ length: size }, (_, id) => (id < FIRST_WORD ? 0 : next()));
  return { window, rank, vocabularyHash: 'test', prior, targets: vectors(), contexts: vectors(), meta: {} };
}

/** T(a, b) summed over the words within the window of p, by brute force. */
function bruteScore(data: TopicData, ids: number[], p: number, a: number): number {
  let sum = 0;
  let count = 0;
  for (let q = Math.max(0, p - data.window); q <= Math.min(ids.length - 1, p + data.window); q++) {
    if (q === p || ids[q] < FIRST_WORD) continue;
    count++;
    sum += data.prior[a];
    for (let j = 0; j < data.rank; j++) sum += data.targets[a * data.rank + j] * data.contexts[ids[q] * data.rank + j];
  }
  return count === 0 ? 0 : sum / Math.sqrt(count);
}

describe('topic vectors', () => {
  it('sums the words within the window of each position, the position itself and reserved words left out', () => {
    const data = sampleData(40, 4, 3);
    const model = new TopicModel(data);
    const ids = [12, 30, 1, 15, 15, 4, 22, 39, 11, 2, 25, 13, 33];
    const seen: number[] = [];
    model.forEachContext(ids, (p) => p % 2 === 0, (p, around) => {
      seen.push(p);
      for (const a of [11, 20, 35]) expect(model.score(a, around)).toBeCloseTo(bruteScore(data, ids, p, a), 9);
    });
    expect(seen).toEqual([0, 2, 4, 6, 8, 10, 12]);
  });

  it('gives no lift without words around, nor to a reserved word', () => {
    const model = new TopicModel(sampleData(20, 2, 5));
    // Position 0 has only a reserved word (<unk>) around it; position 1 has 14.
    const counts: number[] = [];
    model.forEachContext([14, 1], () => true, (p, around) => {
      counts.push(around.count);
      if (p === 0) expect(model.score(14, around)).toBe(0);
      else expect(model.score(1, around)).toBe(0);
    });
    expect(counts).toEqual([0, 1]);
  });

  it('keeps its numbers through a file within the int8 rounding', () => {
    const data = sampleData(30, 8, 20);
    const back = deserializeTopics(serializeTopics(data));
    expect(back.window).toBe(20);
    expect(back.rank).toBe(8);
    expect(back.prior).toEqual(data.prior);
    for (let i = 0; i < data.targets.length; i++) {
      expect(Math.abs(back.targets[i] - data.targets[i])).toBeLessThanOrEqual(1 / 254 + 1e-7);
      expect(Math.abs(back.contexts[i] - data.contexts[i])).toBeLessThanOrEqual(1 / 254 + 1e-7);
    }
  });

  it('rejects what is not a topic file', () => {
    expect(() => deserializeTopics(Buffer.from('not brotli at all'))).toThrow(/not a hoso topic file/u);
  });

  it('fingerprints a vocabulary by its words and their order', () => {
    expect(vocabularyHash(['a', 'b'])).toBe(vocabularyHash(['a', 'b']));
    expect(vocabularyHash(['a', 'b'])).not.toBe(vocabularyHash(['b', 'a']));
  });
});
