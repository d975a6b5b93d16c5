import { describe, expect, it } from 'vitest';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import sharp from 'sharp';
import { generateSample, planSample } from '../../src/samples/sample.js';

async function openPdf(pdf: Buffer) {
  return getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
}

/** Width and height in pixels of the one image a page paints. */
async function pageImage(pdf: Awaited<ReturnType<typeof openPdf>>, number: number): Promise<{ width: number; height: number }> {
  const page = await pdf.getPage(number);
  const list = await page.getOperatorList();
  const index = list.fnArray.indexOf(OPS.paintImageXObject);
  expect(index).toBeGreaterThanOrEqual(0);
  const name = list.argsArray[index][0] as string;
  return new Promise((resolve) => page.objs.get(name, (image: { width: number; height: number }) => resolve(image)));
}

describe('generateSample', () => {
  it('gives byte-identical PDF, truth text and labels for the same seed', async () => {
    const a = await generateSample(7, { dpi: 40, maxPages: 2 });
    const b = await generateSample(7, { dpi: 40, maxPages: 2 });
    expect(b.pdf.equals(a.pdf)).toBe(true);
    expect(b.truthText).toBe(a.truthText);
    expect(b.labels).toEqual(a.labels);
  });

  it('gives different documents for different seeds', async () => {
    const a = await generateSample(3, { dpi: 40, maxPages: 1 });
    const b = await generateSample(4, { dpi: 40, maxPages: 1 });
    expect(b.truthText).not.toBe(a.truthText);
  });

  it('writes a PDF that pdfjs opens, with the pages and resolution it reports', async () => {
    const sample = await generateSample(11, { dpi: 50, maxPages: 3 });
    const pdf = await openPdf(sample.pdf);
    expect(pdf.numPages).toBe(sample.labels.pages);
    expect(sample.labels.pages).toBeGreaterThan(1);
    expect(sample.labels.dpi).toBe(50);
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const [, , width, height] = page.view;
      const image = await pageImage(pdf, n);
      expect(image.width).toBe(Math.round((595.28 * 50) / 72));
      expect(image.height).toBe(Math.round((841.89 * 50) / 72));
      // The page is the image at the stated resolution: pixels × 72 / dpi points, A4 to a pixel.
      expect(width).toBeCloseTo((image.width * 72) / 50, 1);
      expect(height).toBeCloseTo((image.height * 72) / 50, 1);
      expect(Math.abs(width - 595.28)).toBeLessThan(72 / 50);
      expect(Math.abs(height - 841.89)).toBeLessThan(72 / 50);
    }
    await pdf.destroy();
  });

  it('draws scan parameters from the ranges a scan-like sample needs', async () => {
    for (const seed of [1, 2, 5]) {
      const { labels } = await generateSample(seed, { dpi: 30, maxPages: 4 });
      expect(Math.abs(labels.skewDeg)).toBeLessThanOrEqual(2);
      expect(labels.jpegQuality).toBeGreaterThanOrEqual(35);
      expect(labels.jpegQuality).toBeLessThanOrEqual(85);
      expect(labels.pages).toBeGreaterThanOrEqual(1);
      expect(labels.pages).toBeLessThanOrEqual(4);
    }
  });

  it('scans in grey the share of samples asked for, with the same text, layout and damage', async () => {
    const greyAt = (share: number) => Array.from({ length: 40 }, (_, seed) => planSample(seed, { grey: share }).grey);
    expect(greyAt(0).filter(Boolean)).toHaveLength(0);
    expect(greyAt(1).filter(Boolean)).toHaveLength(40);
    const half = greyAt(0.5).filter(Boolean).length;
    expect(half).toBeGreaterThan(10);
    expect(half).toBeLessThan(30);

    const colour = await generateSample(9, { dpi: 40, maxPages: 1 });
    const grey = await generateSample(9, { dpi: 40, maxPages: 1, grey: 1 });
    expect(colour.labels.grey).toBe(false);
    expect(grey.labels).toEqual({ ...colour.labels, grey: true });
    expect(grey.truthText).toBe(colour.truthText);
    // One JPEG channel, declared DeviceGray, at the sample's resolution.
    const start = grey.pdf.indexOf('/ColorSpace /DeviceGray');
    expect(start).toBeGreaterThan(0);
    const jpeg = grey.pdf.subarray(grey.pdf.indexOf(Buffer.from([0xff, 0xd8, 0xff]), start));
    const meta = await sharp(jpeg).metadata();
    expect(meta.channels).toBe(1);
    expect(meta.density).toBe(40);
  });
});
