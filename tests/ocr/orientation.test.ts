import { describe, expect, it } from 'vitest';
import { readUpright, turnsToTry } from '../../src/ocr/orientation.js';
import { turnPrepared, type PreparedPage } from '../../src/ocr/preprocess.js';
import type { OcrLine, OcrPageResult } from '../../src/ocr/types.js';

/** A reading of `lines` lines of five words each, in boxes as wide as `shape` says, at `confidence`. */
function reading(confidence: number, lines: number, shape: 'across' | 'down'): OcrPageResult {
  const made: OcrLine[] = Array.from({ length: lines }, (_, i) => {
    const bbox = shape === 'across' ? { x0: 100, y0: 100 + 60 * i, x1: 1500, y1: 140 + 60 * i } : { x0: 100 + 60 * i, y0: 100, x1: 140 + 60 * i, y1: 1500 };
    const words = Array.from({ length: 5 }, () => ({ text: 'chữ', confidence, bbox }));
    return { text: 'chữ chữ chữ chữ chữ', confidence, bbox, words };
  });
  return { text: made.map((l) => l.text).join('\n'), confidence, lines: made, width: 2000, height: 2800 };
}

/** A 3 × 2 page whose pixels are 1…6, row by row. */
const page: PreparedPage = { data: Buffer.from([...Buffer.from('P5\n3 2\n255\n', 'ascii'), 1, 2, 3, 4, 5, 6]), width: 3, height: 2, dpi: 300, rotated: 0 };
const pixels = (p: PreparedPage): number[] => [...p.data.subarray(p.data.length - p.width * p.height)];

describe('turning a page fed into the scanner turned', () => {
  it('reads an upright page as it came', () => {
    expect(turnsToTry(reading(0.95, 20, 'across'))).toEqual([]);
  });

  it('tries a half turn when a reading across the page is poor', () => {
    expect(turnsToTry(reading(0.43, 20, 'across'))).toEqual([180]);
  });

  it('tries a quarter turn back when the lines run down the page, the likelier way first', () => {
    // Read well down the page: the page was turned clockwise, so it turns back anticlockwise.
    expect(turnsToTry(reading(0.95, 20, 'down'))).toEqual([270, 90]);
    expect(turnsToTry(reading(0.4, 20, 'down'))).toEqual([90, 270]);
  });

  it('leaves a page with too few words to tell', () => {
    expect(turnsToTry(reading(0.3, 1, 'across'))).toEqual([]);
  });

  it('turns the pixels clockwise', async () => {
    const quarter = { deskew: false, minRotationDegrees: 0.8 };
    const right = await turnPrepared(page, 90, quarter);
    expect([right.width, right.height]).toEqual([2, 3]);
    expect(pixels(right)).toEqual([4, 1, 5, 2, 6, 3]);
    expect(right.data.subarray(0, 11).toString('ascii')).toBe('P5\n2 3\n255\n');
    expect(pixels(await turnPrepared(page, 180, quarter))).toEqual([6, 5, 4, 3, 2, 1]);
    expect(pixels(await turnPrepared(page, 270, quarter))).toEqual([3, 6, 2, 5, 1, 4]);
  });

  it('keeps the turned reading only when it is better, and stops at the first good one', async () => {
    const options = { deskew: false, minRotationDegrees: 0.8 };
    const seen: number[] = [];
    // The page reads well only when turned back a quarter anticlockwise (a 3-wide page read 2 wide).
    const read = async (p: PreparedPage): Promise<OcrPageResult> => {
      seen.push(p.width);
      return p.width === 3 ? reading(0.95, 20, 'down') : reading(0.94, 20, 'across');
    };
    const result = await readUpright(page, read, options);
    expect(result.turned).toBe(270);
    expect(seen).toEqual([3, 2]);

    // A poor scan upright: the half turn reads no better, the first reading stays.
    const poor = await readUpright(page, async (p) => reading(pixels(p)[0] === 1 ? 0.5 : 0.52, 20, 'across'), options);
    expect(poor.turned).toBe(0);
    expect(poor.confidence).toBe(0.5);
  });
});
