import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSyllableRestorer } from '../../src/normalize/index.js';
import type { SyllableRestorer } from '../../src/normalize/restorer.js';

// What a page scanned upside down, a torn corner or a photograph gives the restorer: words of any
// letters, marks, digits and symbols. It must come back with its lines, never throw.

let restorer: SyllableRestorer;
beforeAll(async () => {
  restorer = await loadSyllableRestorer();
});

const LETTERS = 'abcdeghiklmnopqrstuvxyđăâêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵfjwz';
const SYMBOLS = '!?.,:;()[]{}“”"\'/-–…%&@#*+=<>|~`^$©®°§';
const DIGITS = '0123456789';

/** Lines of random words, the same each run (a linear congruential generator from `seed`). */
function garbageLines(count: number, seed: number): string[] {
  let state = seed;
  const random = (): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const pick = (from: string): string => from[Math.floor(random() * from.length)];
  return Array.from({ length: count }, () => {
    const words = Array.from({ length: 1 + Math.floor(random() * 8) }, () => {
      let word = '';
      for (let length = 1 + Math.floor(random() * 7); word.length < length; ) {
        const x = random();
        const char = x < 0.7 ? pick(LETTERS) : x < 0.85 ? pick(SYMBOLS) : pick(DIGITS);
        word += random() < 0.2 ? char.toUpperCase() : char;
      }
      return word;
    });
    return words.join(' ');
  });
}

describe('text that is no Vietnamese', () => {
  it('restores what Tesseract read off a page scanned upside down, line for line', () => {
    // Among its words "uạ": a marked syllable in text read as Latin-only OCR, which no reading reached.
    const text = readFileSync(new URL('./fixtures/upside-down-ocr.txt', import.meta.url), 'utf8');
    const restored = restorer.restore(text).text;
    expect(restored.split('\n')).toHaveLength(text.split('\n').length);
  });

  it('restores random words of letters, marks, digits and symbols without throwing', () => {
    const lines = garbageLines(800, 1);
    for (const line of lines) expect(restorer.restore(line).text.split('\n'), line).toHaveLength(1);
    expect(restorer.restore(lines.join('\n')).text.split('\n')).toHaveLength(lines.length);
  });
});
