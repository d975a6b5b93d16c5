import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { PageImage } from '../../src/ingest/types.js';
import { DEFAULT_PREPROCESS, effectiveDpi, preprocessPage, whiten } from '../../src/ocr/preprocess.js';
import { estimateSkew } from '../../src/ocr/skew.js';
import { renderPage } from '../fixtures/ocr/render-page.js';

/** Grey pixels of a prepared page (its PGM body) and its dimensions. */
function pgmPixels(pgm: Buffer): { width: number; height: number; pixels: Buffer } {
  const header = pgm.subarray(0, 40).toString('latin1').match(/^P5\n(\d+) (\d+)\n255\n/);
  if (!header) throw new Error('not a binary PGM');
  return { width: Number(header[1]), height: Number(header[2]), pixels: pgm.subarray(header[0].length) };
}

/** A white RGB page: a red ring across a black bar (red ink on black toner stays black), a blue pen stroke. */
async function stampedImage(): Promise<PageImage> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300">
    <rect width="400" height="300" fill="white"/>
    <circle cx="200" cy="150" r="100" fill="none" stroke="rgb(225,35,45)" stroke-width="12"/>
    <path d="M 120 230 C 160 200, 220 260, 280 220" fill="none" stroke="rgb(30,40,150)" stroke-width="6"/>
    <rect x="50" y="140" width="300" height="20" fill="black"/>
  </svg>`;
  const data = await sharp(Buffer.from(svg)).removeAlpha().png().toBuffer();
  return { data, encoding: 'png', width: 400, height: 300, channels: 3, dpi: 300 };
}

describe('effectiveDpi', () => {
  it('trusts a plausible stated resolution', () => {
    expect(effectiveDpi({ width: 1000, height: 1000, dpi: 240 })).toBe(240);
  });

  it('infers the resolution of an A4 page from its size when none is stated', () => {
    expect(effectiveDpi({ width: 2480, height: 3508, dpi: null })).toBeCloseTo(300, 0);
    expect(effectiveDpi({ width: 3508, height: 2480, dpi: null })).toBeCloseTo(300, 0);
  });

  it('does not guess for images that are not page-shaped', () => {
    expect(effectiveDpi({ width: 800, height: 200, dpi: null })).toBeNull();
  });
});

describe('preprocessPage', () => {
  it('turns red stamp ink into paper and keeps black text under it', async () => {
    const prepared = await preprocessPage(await stampedImage(), { ...DEFAULT_PREPROCESS, deskew: false });
    const { width, pixels } = pgmPixels(prepared.data);
    const at = (x: number, y: number): number => pixels[y * width + x];
    expect(at(200, 50)).toBeGreaterThan(200); // the ring, top
    expect(at(100, 150)).toBeLessThan(60); // the bar, where the ring crosses it
    expect(at(150, 150)).toBeLessThan(60); // the bar inside the ring
  });

  it('turns blue signature ink to light grey', async () => {
    const prepared = await preprocessPage(await stampedImage(), { ...DEFAULT_PREPROCESS, deskew: false });
    const { width, pixels } = pgmPixels(prepared.data);
    // Light grey: above the threshold Tesseract puts halfway between print (under 60) and paper.
    expect(pixels[230 * width + 122]).toBeGreaterThan(160);
  });

  it('leaves stamp and pen dark when reading luminance instead', async () => {
    const prepared = await preprocessPage(await stampedImage(), { ...DEFAULT_PREPROCESS, colourToGrey: 'luminance', whitePoint: null, deskew: false });
    const { width, pixels } = pgmPixels(prepared.data);
    expect(pixels[50 * width + 200]).toBeLessThan(130);
    expect(pixels[230 * width + 122]).toBeLessThan(100);
  });

  it('resamples a 200 dpi page up to the target resolution when asked to', async () => {
    const page = await renderPage({ dpi: 200, jpegQuality: 80 });
    const prepared = await preprocessPage(page.image, { ...DEFAULT_PREPROCESS, targetDpi: 300, upsample: true, deskew: false });
    expect(prepared.dpi).toBe(300);
    expect(prepared.width).toBe(Math.round(page.image.width * 1.5));
    expect(pgmPixels(prepared.data).pixels.length).toBe(prepared.width * prepared.height);
  });

  it('keeps a page scanned below the target resolution at its own by default', async () => {
    const page = await renderPage({ dpi: 200, jpegQuality: 80 });
    const prepared = await preprocessPage(page.image, { ...DEFAULT_PREPROCESS, targetDpi: 250, deskew: false });
    expect(prepared.dpi).toBe(200);
    expect(prepared.width).toBe(page.image.width);
  });

  it('resamples a 300 dpi page down to the target resolution', async () => {
    const page = await renderPage({ dpi: 300, jpegQuality: 80 });
    const prepared = await preprocessPage(page.image, { ...DEFAULT_PREPROCESS, targetDpi: 250, deskew: false });
    expect(prepared.dpi).toBe(250);
    expect(prepared.width).toBe(Math.round((page.image.width * 250) / 300));
  });

  it('straightens a page skewed by 2 degrees', async () => {
    const page = await renderPage({ dpi: 150, skewDegrees: 2 });
    const prepared = await preprocessPage(page.image, { ...DEFAULT_PREPROCESS, targetDpi: 150 });
    expect(prepared.rotated).toBeCloseTo(-2, 0);
    const { width, height, pixels } = pgmPixels(prepared.data);
    expect(Math.abs(estimateSkew(pixels, width, height))).toBeLessThan(0.25);
  });
});

describe('whiten', () => {
  it('clears mid-grey remains of stamps and strokes but keeps print dark', () => {
    const paper = Array.from({ length: 90 }, () => 240);
    const out = whiten(Buffer.from([...paper, 190, 175, 40, 0]), 0.75);
    expect([...out.subarray(90)]).toEqual([255, 248, 57, 0]);
    expect(out[0]).toBe(255);
  });
});

describe('estimateSkew', () => {
  it('measures clockwise and anticlockwise skew within a quarter degree', async () => {
    for (const skew of [1.5, -0.8]) {
      const page = await renderPage({ dpi: 150, skewDegrees: skew, noise: 10, jpegQuality: 60 });
      const { data, info } = await sharp(page.image.data).greyscale().raw().toBuffer({ resolveWithObject: true });
      expect(Math.abs(estimateSkew(data, info.width, info.height) - skew)).toBeLessThan(0.25);
    }
  });

  it('reports no skew for a blank page', () => {
    expect(estimateSkew(Buffer.alloc(500 * 700, 255), 500, 700)).toBe(0);
  });
});
