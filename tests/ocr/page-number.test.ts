import { describe, expect, it } from 'vitest';
import { withPageNumber } from '../../src/ocr/page-number.js';
import type { PreparedPage } from '../../src/ocr/preprocess.js';
import type { OcrLine } from '../../src/ocr/types.js';

/** A white page with black rectangles [x0, y0, x1, y1]. */
function page(width: number, height: number, marks: Array<[number, number, number, number]>): PreparedPage {
  const pixels = Buffer.alloc(width * height, 255);
  for (const [x0, y0, x1, y1] of marks) for (let y = y0; y < y1; y++) pixels.fill(0, y * width + x0, y * width + x1);
  return { data: Buffer.concat([Buffer.from(`P5\n${width} ${height}\n255\n`), pixels]), width, height, dpi: 300, rotated: 0 };
}

/** A body line of words 30 px high at y. */
function body(y: number): OcrLine {
  const words = [0, 1, 2, 3].map((i) => ({ text: `chữ${i}`, confidence: 0.9, bbox: { x0: 100 + i * 200, y0: y, x1: 260 + i * 200, y1: y + 30 } }));
  return { text: words.map((w) => w.text).join(' '), confidence: 0.9, bbox: { x0: 100, y0: y, x1: 860, y1: y + 30 }, words };
}

/** A reader that reads `text` on whatever it is given, and counts its calls and modes. */
function reader(text: string) {
  const calls: Array<{ width: number; psm?: string }> = [];
  const read = async (p: PreparedPage, psm?: string): Promise<OcrLine[]> => {
    calls.push({ width: p.width, psm });
    const word = { text, confidence: 0.8, bbox: { x0: 15, y0: 15, x1: 35, y1: 45 } };
    return [{ text, confidence: 0.8, bbox: word.bbox, words: [word] }];
  };
  return { read, calls };
}

describe('withPageNumber', () => {
  it('reads the lone number centred above the text as the page\'s first line', async () => {
    const lines = [body(200), body(250)];
    const { read, calls } = reader('2');
    const result = await withPageNumber(page(1000, 800, [[490, 100, 510, 130]]), lines, read);
    expect(result.map((l) => l.text)).toEqual(['2', lines[0].text, lines[1].text]);
    // The mark alone, read as one line, its box back in page coordinates.
    expect(calls).toEqual([{ width: expect.any(Number), psm: '7' }]);
    expect(calls[0].width).toBeLessThan(100);
    expect(result[0].bbox.y1).toBeLessThan(200);
    expect(result[0].bbox.x0).toBeGreaterThan(450);
  });

  it('leaves the lines as they are when nothing stands above the text', async () => {
    const lines = [body(200)];
    const { read, calls } = reader('2');
    expect(await withPageNumber(page(1000, 800, []), lines, read)).toBe(lines);
    expect(calls).toHaveLength(0);
  });

  it('does not read a rule or a mark off the centre, and keeps a mark that reads as no number out', async () => {
    const lines = [body(200)];
    const { read, calls } = reader('2');
    // A rule 400 px wide, and a mark at the left edge of the page.
    expect(await withPageNumber(page(1000, 800, [[300, 150, 700, 154], [20, 100, 40, 130]]), lines, read)).toBe(lines);
    expect(calls).toHaveLength(0);
    const letters = reader('ll:');
    expect(await withPageNumber(page(1000, 800, [[490, 100, 510, 130]]), lines, letters.read)).toBe(lines);
    expect(letters.calls).toHaveLength(1);
  });
});
