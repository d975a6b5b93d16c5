import { describe, expect, it } from 'vitest';
import { alignLetters, alignWords, guessCost } from '../../src/normalize/build/align.js';

describe('aligning truth with OCR output', () => {
  it('pairs the words of a line with their readings', () => {
    expect(alignWords('chủ trương của Đảng', 'chu truong ctia Pang')).toEqual([
      ['chủ', 'chu'], ['trương', 'truong'], ['của', 'ctia'], ['Đảng', 'Pang'],
    ]);
  });

  it('aligns each true letter with the characters it became', () => {
    expect(alignLetters('của', 'ctia', guessCost)).toEqual([['c', 'c'], ['ủ', 'ti'], ['a', 'a']]);
    expect(alignLetters('số', 's6', guessCost)).toEqual([['s', 's'], ['ố', '6']]);
  });
});
