import { describe, expect, it } from 'vitest';
import { isJunkWord } from '../../src/ocr/junk.js';

describe('isJunkWord', () => {
  it('drops marks with no letter or digit that specks and stamp rings leave', () => {
    for (const mark of ['|', '›', ':', '“`', '.']) expect(isJunkWord(mark, 0.7), mark).toBe(true);
  });

  it('keeps list dashes and the dashes of the motto', () => {
    expect(isJunkWord('-', 0.93)).toBe(false);
    expect(isJunkWord('–', 0.8)).toBe(false);
  });

  it('drops signature strokes read as text and short low-confidence specks', () => {
    expect(isJunkWord('⁄^N⁄⁄VN', 0.22)).toBe(true);
    expect(isJunkWord('s', 0.33)).toBe(true);
  });

  it('drops a long unsure run of letters that a shadow along the edge of a scan reads as', () => {
    expect(isJunkWord('errrryyvyyyyyyyyyyyyyyyyyyyyyynynygyyyyyyyenygnyyyygyyyy', 0)).toBe(true);
    // Words the engine ran together are as long, but it is surer of them.
    expect(isJunkWord('thựchiệnnghiêmtúcNghịquyếtsố', 0.61)).toBe(false);
  });

  it('keeps real words, short ones too, and anything with a digit however unsure', () => {
    expect(isJunkWord('ở', 0.9)).toBe(false);
    expect(isJunkWord('(b/c);', 0.52)).toBe(false);
    expect(isJunkWord('TỈNH', 0.2)).toBe(false);
    expect(isJunkWord('1122/SVHTTDL-KT', 0.12)).toBe(false);
    expect(isJunkWord('11', 0.2)).toBe(false);
  });
});
