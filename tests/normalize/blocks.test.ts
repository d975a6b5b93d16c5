import { describe, expect, it } from 'vitest';
import { restoreInBlocks } from '../../src/normalize/blocks.js';
import type { Restorer } from '../../src/normalize/types.js';

/** Upper-cases its text and counts its words; remembers the length of each call's text. */
function fakeRestorer(calls: number[]): Restorer {
  return {
    restore(text) {
      calls.push(text.length);
      const words = text.split(/\s+/u).filter(Boolean).length;
      return { text: text.toUpperCase(), stats: { syllables: words, changed: words, unknown: 1 } };
    },
  };
}

describe('restoring a long text in blocks', () => {
  const text = Array.from({ length: 200 }, (_, i) => `dong ${i} cua van ban${i % 7 === 0 ? '\n\n' : '\n'}`).join('');

  it('restores a text that fits one block in one call', () => {
    const calls: number[] = [];
    expect(restoreInBlocks(fakeRestorer(calls), 'Lien minh', 100)).toEqual({ text: 'LIEN MINH', stats: { syllables: 2, changed: 2, unknown: 1 } });
    expect(calls).toEqual([9]);
  });

  it('restores a longer text a block at a time: the blocks joined, their counts summed', () => {
    const calls: number[] = [];
    const result = restoreInBlocks(fakeRestorer(calls), text, 500);
    expect(calls.length).toBeGreaterThan(text.length / 500);
    for (const length of calls) expect(length).toBeLessThanOrEqual(500);
    expect(result.text).toBe(text.toUpperCase());
    expect(result.stats).toEqual({ syllables: 1000, changed: 1000, unknown: calls.length });
  });
});
