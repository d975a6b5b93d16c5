import { describe, expect, it } from 'vitest';
import { readWithColumns } from '../../src/ocr/column-pass.js';
import type { PreparedPage } from '../../src/ocr/preprocess.js';
import type { OcrLine, OcrWord } from '../../src/ocr/types.js';

function page(width: number, height: number): PreparedPage {
  const data = Buffer.concat([Buffer.from(`P5\n${width} ${height}\n255\n`), Buffer.alloc(width * height, 255)]);
  return { data, width, height, dpi: 300, rotated: 0 };
}

function word(text: string, x0: number, y0: number, x1: number): OcrWord {
  return { text, confidence: 0.9, bbox: { x0, y0, x1, y1: y0 + 40 } };
}

function line(...ws: OcrWord[]): OcrLine {
  return {
    text: ws.map((w) => w.text).join(' '),
    confidence: 0.9,
    bbox: { x0: ws[0].bbox.x0, y0: ws[0].bbox.y0, x1: ws[ws.length - 1].bbox.x1, y1: ws[0].bbox.y1 },
    words: ws,
  };
}

const BODY = line(...Array.from({ length: 12 }, (_, i) => word(`chữ${i}`, 100 + i * 150, 600, 220 + i * 150)));

describe('readWithColumns', () => {
  it('reads each column of a band the engine read across the gutter on its own', async () => {
    const full = page(2000, 1000);
    const calls: { width: number; height: number }[] = [];
    const read = async (p: PreparedPage): Promise<OcrLine[]> => {
      calls.push({ width: p.width, height: p.height });
      if (calls.length === 1) {
        // Small "Nơi nhận:" and bold "TM. BAN CHẤP HÀNH" read as one line, misread.
        return [
          BODY,
          line(word('in', 100, 100, 160), word('in', 170, 100, 300), word('TM.', 1200, 100, 1300), word('BAN', 1320, 100, 1420)),
          line(word('-', 100, 160, 110), word('lều', 130, 160, 300), word('CHỦ', 1200, 160, 1300), word('TỊCH', 1320, 160, 1450)),
        ];
      }
      // Crops: the left column first, in crop coordinates.
      return calls.length === 2
        ? [line(word('Nơi', 30, 20, 90), word('nhận:', 100, 20, 230)), line(word('-', 30, 80, 40), word('Như', 60, 80, 150))]
        : [line(word('TM.', 30, 20, 130), word('BAN', 150, 20, 250)), line(word('CHỦ', 30, 80, 130), word('TỊCH', 150, 80, 280))];
    };
    const lines = await readWithColumns(full, read);
    expect(calls).toHaveLength(3);
    expect(calls[1].width + calls[2].width).toBeLessThan(full.width);
    const texts = lines.map((l) => l.text);
    expect(texts).toEqual(expect.arrayContaining([BODY.text, 'Nơi nhận:', '- Như', 'TM. BAN', 'CHỦ TỊCH']));
    expect(texts.join(' ')).not.toContain('lều');
    // Boxes come back in page coordinates.
    const noi = lines.flatMap((l) => l.words).find((w) => w.text === 'Nơi')!;
    expect(noi.bbox.x0).toBeGreaterThan(30);
    expect(noi.bbox.y0).toBeGreaterThan(20);
  });

  it('takes from a column crop only what lies within the band, not the slice of the line above it', async () => {
    // The band's first line starts 10 px below the body line above it: a column's crop, with its
    // margin, takes in the bottom of that line, which the engine reads as debris.
    const above = line(...Array.from({ length: 12 }, (_, i) => word(`chữ${i}`, 100 + i * 150, 60, 220 + i * 150)));
    let calls = 0;
    const read = async (p: PreparedPage): Promise<OcrLine[]> => {
      calls++;
      if (calls === 1) {
        return [
          above,
          line(word('Nơi', 100, 110, 160), word('nhận:', 170, 110, 300), word('TM.', 1200, 110, 1300), word('BAN', 1320, 110, 1420)),
          line(word('-', 100, 170, 110), word('Như', 130, 170, 300), word('CHỦ', 1200, 170, 1300), word('TỊCH', 1320, 170, 1450)),
          BODY,
        ];
      }
      // In crop coordinates (the crop starts a margin above the band): the left crop's top
      // holds a 10 px sliver of the line above, read as marks.
      const top = 110 - 16;
      const sliver = (text: string, x0: number, x1: number): OcrWord => ({ text, confidence: 0.5, bbox: { x0, y0: 0, x1, y1: 10 } });
      return calls === 2
        ? [line(sliver('.,.-', 10, 120), sliver('~~', 140, 300)), line(word('Nơi', 30, 110 - top, 90), word('nhận:', 100, 110 - top, 230)), line(word('-', 30, 170 - top, 40), word('Như', 60, 170 - top, 150))]
        : [line(word('TM.', 30, 110 - top, 130), word('BAN', 150, 110 - top, 250)), line(word('CHỦ', 30, 170 - top, 130), word('TỊCH', 150, 170 - top, 280))];
    };
    const lines = await readWithColumns(page(2000, 1000), read);
    expect(calls).toBe(3);
    const texts = lines.map((l) => l.text);
    expect(texts).toEqual(expect.arrayContaining([above.text, 'Nơi nhận:', '- Như', 'TM. BAN', 'CHỦ TỊCH', BODY.text]));
    expect(texts.join(' ')).not.toContain('~~');
  });

  it('reads the page once when no band mixes its columns', async () => {
    let calls = 0;
    const lines = [BODY, line(word('Nơi', 100, 700, 160)), line(word('TM.', 1200, 700, 1300))];
    const result = await readWithColumns(page(2000, 1000), async () => {
      calls++;
      return lines;
    });
    expect(calls).toBe(1);
    expect(result).toEqual(lines);
  });
});
