import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { writePdf } from '../../src/samples/pdf.js';

async function jpeg(width: number, height: number, channels: 1 | 3): Promise<Buffer> {
  const image = sharp({ create: { width, height, channels: 3, background: { r: 200, g: 40, b: 40 } } });
  return (channels === 1 ? image.greyscale() : image).jpeg({ quality: 60 }).toBuffer();
}

const hasQpdf = spawnSync('qpdf', ['--version']).status === 0;

describe('writePdf', () => {
  it('writes one page per JPEG, sized in points from its pixels and resolution', async () => {
    const pdf = writePdf([
      { jpeg: await jpeg(200, 100, 3), width: 200, height: 100, dpi: 100, components: 3 },
      { jpeg: await jpeg(300, 600, 1), width: 300, height: 600, dpi: 300, components: 1 },
    ]);
    const doc = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
    expect(doc.numPages).toBe(2);
    expect((await doc.getPage(1)).view).toEqual([0, 0, 144, 72]);
    expect((await doc.getPage(2)).view).toEqual([0, 0, 72, 144]);
    await doc.destroy();
  });

  it('embeds the JPEG bytes unchanged, as DCTDecode streams', async () => {
    const bytes = await jpeg(64, 64, 3);
    const pdf = writePdf([{ jpeg: bytes, width: 64, height: 64, dpi: 72, components: 3 }]);
    expect(pdf.includes(bytes)).toBe(true);
    expect(pdf.toString('latin1')).toContain('/Filter /DCTDecode');
  });

  it.skipIf(!hasQpdf)('writes a cross-reference table that qpdf accepts', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'hoso-pdf-'));
    const file = path.join(dir, 'one.pdf');
    writeFileSync(file, writePdf([{ jpeg: await jpeg(50, 50, 3), width: 50, height: 50, dpi: 50, components: 3 }]));
    try {
      expect(execFileSync('qpdf', ['--check', file]).toString()).toMatch(/No syntax or stream encoding errors/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
