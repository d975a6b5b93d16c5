import { describe, expect, it } from 'vitest';
import { canonicalSyllable, foldText, hasMarks } from '../../src/normalize/letters.js';
import { readCspellWords } from '../../src/normalize/build/cspell.js';
import { generateSyllables, isSyllable, parseSyllable } from '../../src/normalize/syllable.js';

describe('syllable grammar', () => {
  it('accepts well-formed syllables across onsets, medials and finals', () => {
    for (const syllable of ['liên', 'minh', 'hợp', 'tác', 'xã', 'tỉnh', 'quốc', 'nghiệp', 'người', 'khuya', 'giếng', 'gì', 'uỷ', 'yên', 'oong', 'đắk', 'kon', 'krông']) {
      expect(isSyllable(syllable), syllable).toBe(true);
    }
  });

  it('rejects OCR debris, foreign words and broken spelling rules', () => {
    for (const word of ['ctia', 'thir', 'nudc', 'covid', 'ce', 'ghá', 'ngha', 'cap', 'tăt', 'iên']) {
      expect(isSyllable(word), word).toBe(false);
    }
  });

  it('allows stop finals only with the rising or heavy tone', () => {
    expect(isSyllable('tác')).toBe(true);
    expect(isSyllable('tạc')).toBe(true);
    expect(isSyllable('tàc')).toBe(false);
    expect(isSyllable('tac')).toBe(false);
  });

  it('splits a syllable into onset, rhyme and tone', () => {
    expect(parseSyllable('nghiệp')).toEqual({ onset: 'ngh', rhyme: 'iêp', tone: 5 });
    expect(parseSyllable('quốc')).toEqual({ onset: 'qu', rhyme: 'ôc', tone: 2 });
  });

  it('generates an inventory in the range of the language and closed under the grammar', () => {
    const all = generateSyllables();
    expect(all.length).toBeGreaterThan(10_000);
    expect(all.length).toBeLessThan(25_000);
    expect(all).toContain('nguyễn');
    expect(all.every((syllable) => isSyllable(syllable))).toBe(true);
  });

  it('agrees with the cspell Vietnamese word list on nearly all of its syllables', () => {
    const words = [...readCspellWords()].flatMap((word) => word.toLowerCase().split(/\s+/u)).filter((word) => /^\p{L}+$/u.test(word));
    expect(words.length).toBeGreaterThan(6000);
    const accepted = words.filter((word) => isSyllable(canonicalSyllable(word)));
    expect(accepted.length / words.length).toBeGreaterThan(0.99);
  });

  it('gives old and new tone placement one canonical key', () => {
    expect(canonicalSyllable('hòa')).toBe(canonicalSyllable('hoà'));
    expect(canonicalSyllable('thủy')).toBe(canonicalSyllable('thuỷ'));
    expect(canonicalSyllable('của')).toBe('của');
    expect(canonicalSyllable('người')).toBe('người');
  });

  it('folds marks away and tells marked from plain text', () => {
    expect(foldText('Đảng Cộng sản')).toBe('dang cong san');
    expect(hasMarks('Hợp')).toBe(true);
    expect(hasMarks('minh')).toBe(false);
  });
});
