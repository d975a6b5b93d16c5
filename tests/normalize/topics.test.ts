import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSyllableRestorer } from '../../src/normalize/index.js';
import { dictionariesDir, TOPICS_FILE } from '../../src/normalize/paths.js';
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
  it('lifts each option of an ambiguous position by the words within the window, the position itself and reserved words left out', () => {
    const data = sampleData(40, 4, 3);
    const model = new TopicModel(data);
    const chosen = Int32Array.from([12, 30, 1, 15, 15, 4, 22, 39, 11, 2, 25, 13, 33]);
    // Even positions have three options, odd ones one (not lifted).
    const starts: number[] = [];
    const optionIds: number[] = [];
    chosen.forEach((id, p) => {
      starts.push(optionIds.length);
      optionIds.push(...(p % 2 === 0 ? [11, 20, 35] : [id]));
    });
    starts.push(optionIds.length);
    const scores = new Float64Array(optionIds.length).fill(1);
    model.lift(chosen, Int32Array.from(starts), Int32Array.from(optionIds), scores, 0.5);
    chosen.forEach((_id, p) => {
      for (let k = starts[p]; k < starts[p + 1]; k++) {
        const expected = p % 2 === 0 ? 1 + 0.5 * bruteScore(data, [...chosen], p, optionIds[k]) : 1;
        expect(scores[k]).toBeCloseTo(expected, 9);
      }
    });
  });

  it('gives no lift without words around, nor to a reserved word', () => {
    const model = new TopicModel(sampleData(20, 2, 5));
    // Position 0 has only <unk> around it; position 1's options include <unk> itself.
    const scores = new Float64Array(4);
    model.lift(Int32Array.from([14, 1]), Int32Array.from([0, 2, 4]), Int32Array.from([14, 15, 1, 16]), scores, 1);
    expect(scores[0]).toBe(0);
    expect(scores[1]).toBe(0);
    expect(scores[2]).toBe(0);
    expect(scores[3]).not.toBe(0);
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

describe('loading topic vectors', () => {
  it('refuses topic vectors built with another language model, and restores without any', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'hoso-topics-'));
    try {
      cpSync(dictionariesDir(), folder, { recursive: true, filter: (path) => !path.includes('heldout') });
      writeFileSync(join(folder, TOPICS_FILE), serializeTopics(sampleData(20, 2, 5)));
      await expect(loadSyllableRestorer({ dictionaries: folder })).rejects.toThrow(/built with another language model: rebuild both/u);
      rmSync(join(folder, TOPICS_FILE));
      const restorer = await loadSyllableRestorer({ dictionaries: folder });
      expect(restorer.restore('Lien minh Hop tac xa tinh Son La').text).toBe('Liên minh Hợp tác xã tỉnh Sơn La');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
