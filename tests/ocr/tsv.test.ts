import { describe, expect, it } from 'vitest';
import { linesFromTsv } from '../../src/ocr/tesseract-worker.js';

// Rows as Tesseract's GetTSVText writes them: level page block par line word left top width height conf text.
const row = (level: number, line: number, word: number, box: [number, number, number, number], conf: number, text = ''): string =>
  [level, 1, 1, 1, line, word, ...box, conf, text].join('\t');

const TSV = [
  row(1, 0, 0, [0, 0, 2000, 3000], -1),
  row(2, 0, 0, [100, 100, 900, 200], -1),
  row(3, 0, 0, [100, 100, 900, 200], -1),
  row(4, 1, 0, [100, 100, 700, 40], -1),
  row(5, 1, 1, [100, 100, 200, 40], 96.5, 'Kế'),
  row(5, 1, 2, [320, 102, 300, 38], 91.25, 'hoạch'),
  row(4, 2, 0, [100, 160, 900, 44], -1),
  row(5, 2, 1, [100, 160, 400, 44], 88, 'Hợp'),
  row(5, 2, 2, [520, 160, 30, 44], 12, '|'),
  row(5, 2, 3, [600, 160, 20, 44], 90, ' '),
  row(4, 3, 0, [100, 240, 50, 40], -1),
  row(5, 3, 1, [100, 240, 50, 40], 5, '~'),
  '',
].join('\n');

describe('linesFromTsv', () => {
  const lines = linesFromTsv(TSV);

  it('groups words into their lines with boxes as corners', () => {
    expect(lines.map((l) => l.text)).toEqual(['Kế hoạch', 'Hợp']);
    expect(lines[0].bbox).toEqual({ x0: 100, y0: 100, x1: 800, y1: 140 });
    expect(lines[0].words[1].bbox).toEqual({ x0: 320, y0: 102, x1: 620, y1: 140 });
  });

  it('scales confidences to 0..1, a line scoring the mean of its words', () => {
    expect(lines[0].words.map((w) => w.confidence)).toEqual([0.965, 0.9125]);
    expect(lines[0].confidence).toBeCloseTo((0.965 + 0.9125) / 2, 10);
  });

  it('drops blank and junk words, and lines left with none', () => {
    expect(lines.flatMap((l) => l.words.map((w) => w.text))).not.toContain('|');
    expect(lines).toHaveLength(2);
  });

  it('composes words to NFC', () => {
    const decomposed = linesFromTsv([row(4, 1, 0, [0, 0, 10, 10], -1), row(5, 1, 1, [0, 0, 10, 10], 90, 'Ke\u0302\u0301')].join('\n'));
    expect(decomposed[0].text).toBe('Kế');
  });

  it('writes the look-alikes the Vietnamese model reads as the characters print uses', () => {
    const read = linesFromTsv(
      [row(4, 1, 0, [0, 0, 90, 10], -1), row(5, 1, 1, [0, 0, 40, 10], 90, 'Số:'), row(5, 1, 2, [50, 0, 40, 10], 90, '73⁄TĐÐ-HĐTĐKT'), row(5, 1, 3, [95, 0, 20, 10], 90, '11∕4')].join('\n'),
    );
    expect(read[0].text).toBe('Số: 73/TĐĐ-HĐTĐKT 11/4');
  });

  it('reads nothing from an empty or missing result', () => {
    expect(linesFromTsv('')).toEqual([]);
    expect(linesFromTsv(null)).toEqual([]);
  });
});
