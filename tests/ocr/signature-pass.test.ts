import { describe, expect, it } from 'vitest';
import type { PreparedPage } from '../../src/ocr/preprocess.js';
import { signatureRegion, withSignatureBlock } from '../../src/ocr/signature-pass.js';
import type { Box, OcrLine } from '../../src/ocr/types.js';

const page: PreparedPage = { data: Buffer.concat([Buffer.from('P5\n2000 2800\n255\n'), Buffer.alloc(2000 * 2800, 255)]), width: 2000, height: 2800, dpi: 250, rotated: 0 };

/** A line of words 30 px high starting at (x, y), each word 20 px per letter and 15 px apart. */
function line(text: string, x: number, y: number, confidence = 0.9): OcrLine {
  let at = x;
  const words = text.split(' ').map((w) => {
    const bbox: Box = { x0: at, y0: y, x1: at + 20 * [...w].length, y1: y + 30 };
    at = bbox.x1 + 15;
    return { text: w, confidence, bbox };
  });
  return { text, confidence, bbox: { x0: x, y0: y, x1: words.at(-1)!.bbox.x1, y1: y + 30 }, words };
}

const closing = [
  line('Đề nghị các đơn vị quan tâm, phối hợp thực hiện./.', 300, 1500),
  line('Nơi nhận:', 250, 1560),
  line('- Như trên;', 250, 1600),
  line('- Lưu: VT.', 250, 1640),
];

describe('the signature block beside the recipients', () => {
  it('stands right of the recipients, from above the label down', () => {
    const region = signatureRegion(page, closing)!;
    expect(region.x0).toBeGreaterThanOrEqual(0.45 * page.width);
    expect(region.y0).toBeLessThan(1560);
    expect(region.y1).toBeGreaterThan(1640 + 5 * 30);
    expect(signatureRegion(page, closing.filter((l) => !l.text.startsWith('Nơi')))).toBeNull();
  });

  it('is read again as one block when the first reading lost it, adding only what it lacked', async () => {
    const name = line('Cầm Đức Lực', 1100, 1900);
    const asked: Array<{ width: number; psm?: string }> = [];
    const read = async (crop: PreparedPage, psm?: string): Promise<OcrLine[]> => {
      asked.push({ width: crop.width, psm });
      const region = signatureRegion(page, [...closing, name])!;
      // What the crop holds, in its own coordinates: the post, and the name the page already had.
      const local = (l: OcrLine): OcrLine => line(l.text, l.bbox.x0 - Math.floor(region.x0), l.bbox.y0 - Math.floor(region.y0));
      return [local(line('GIÁM ĐỐC', 1150, 1560)), local(name)];
    };
    // The body's last line runs into the block from the margin and the name was read: one line of the block.
    const lines = await withSignatureBlock(page, [...closing, name], read);
    expect(asked).toHaveLength(1);
    expect(asked[0].psm).toBe('6');
    expect(lines.map((l) => l.text)).toEqual([...closing, name].map((l) => l.text).concat('GIÁM ĐỐC'));
    expect(lines.at(-1)!.bbox.x0).toBe(1150);
  });

  it('is left as read when the post and the name are there', async () => {
    const block = [line('GIÁM ĐỐC', 1150, 1560), line('Cầm Đức Lực', 1100, 1900)];
    const read = async (): Promise<OcrLine[]> => {
      throw new Error('not to be read again');
    };
    expect(await withSignatureBlock(page, [...closing, ...block], read)).toHaveLength(closing.length + 2);
  });
});
