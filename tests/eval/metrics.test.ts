import { describe, expect, it } from 'vitest';
import { characterErrorRate, normalizeForScoring, wordErrorRate } from '../../src/eval/metrics.js';

describe('characterErrorRate', () => {
  it('counts one substitution in three characters as a third', () => {
    expect(characterErrorRate('abc', 'abd')).toEqual({ edits: 1, length: 3, rate: 1 / 3 });
  });

  it('counts a lost tone mark as one character edit', () => {
    const r = characterErrorRate('Liên minh HTX tỉnh Sơn La', 'Liên minh HTX tinh Sơn La');
    expect(r.edits).toBe(1);
    expect(r.length).toBe(25);
  });

  it('treats decomposed (NFD) and composed (NFC) Vietnamese as the same text', () => {
    const nfd = 'Độc lập - Tự do - Hạnh phúc'.normalize('NFD');
    expect(characterErrorRate('Độc lập - Tự do - Hạnh phúc', nfd).rate).toBe(0);
  });

  it('ignores how whitespace is laid out: line breaks, runs of spaces, ends', () => {
    expect(characterErrorRate('Số: 12/KH\nSơn La', '  Số:   12/KH  Sơn La\n\n').rate).toBe(0);
  });

  it('scores text against an empty reference as fully wrong, and two empty texts as right', () => {
    expect(characterErrorRate('', 'abc').rate).toBe(1);
    expect(characterErrorRate(' \n', '').rate).toBe(0);
  });

  it('can exceed 1 when the hypothesis is much longer than the reference', () => {
    expect(characterErrorRate('ab', 'abcdef').rate).toBe(2);
  });
});

describe('wordErrorRate', () => {
  it('counts a wrong word as one edit', () => {
    expect(wordErrorRate('một hai ba', 'một hai bốn')).toEqual({ edits: 1, length: 3, rate: 1 / 3 });
  });

  it('counts inserted and deleted words', () => {
    expect(wordErrorRate('thi đua yêu nước', 'thi đua yêu nước năm').edits).toBe(1);
    expect(wordErrorRate('thi đua yêu nước', 'thi yêu nước').edits).toBe(1);
    expect(wordErrorRate('a b c d', 'x a b c').edits).toBe(2);
  });

  it('treats words that differ only by a mark as different words', () => {
    expect(wordErrorRate('Đại hội Đảng', 'Pai hoi Pang').edits).toBe(3);
  });

  it('is zero for the same words laid out differently', () => {
    expect(wordErrorRate('Nơi nhận:\n- Như trên;', 'Nơi   nhận: - Như trên;').rate).toBe(0);
  });
});

describe('normalizeForScoring', () => {
  it('composes to NFC and collapses whitespace runs to one space', () => {
    expect(normalizeForScoring(' Vi\u0065\u0323\u0302t\t\nNam ')).toBe('Việt Nam');
  });
});
