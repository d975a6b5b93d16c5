import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { PageImage } from '../../src/ingest/types.js';
import { dropLightInk, inkLevels } from '../../src/ocr/light-ink.js';
import { DEFAULT_PREPROCESS, looksGrey, preprocessPage } from '../../src/ocr/preprocess.js';

// A 200-dpi sheet scanned in grey: lines of dark print, a mid-grey seal (two rings and a star)
// whose outer ring crosses a line of print, and far from it a thin mid-grey slash and a faint
// short word, which are print blurred light, and a pen stroke as light as the seal, far wider
// than high: none of these is a seal.
const DPI = 200;
const WIDTH = 1000;
const HEIGHT = 1000;
const SEAL = { cx: 640, cy: 560, r: 140 };
const SLASH = { x: 100, y: 640, w: 60, h: 40 };
/** A pen stroke 61 × 22 mm, zigzagging along the foot of the sheet. */
const PEN = Array.from({ length: 9 }, (_, i) => `${i === 0 ? 'M' : 'L'} ${80 + i * 60} ${i % 2 === 0 ? 990 : 820}`).join(' ');
const PEN_BOX = { x0: 75, y0: 815, x1: 565, y1: 995 };
/** The seal's star, off centre, below the lines of print. */
const STAR = { x: 640, y: 630 };

function sheet(withSeal: boolean): string {
  const lines = [120, 170, 220, 270, 320, 420, 470, 520, 570]
    .map((y) => `<rect x="80" y="${y}" width="840" height="14" fill="rgb(35,35,35)"/>`)
    .join('');
  const seal = withSeal
    ? `<circle cx="${SEAL.cx}" cy="${SEAL.cy}" r="${SEAL.r - 4}" fill="none" stroke="rgb(135,135,135)" stroke-width="9"/>
       <circle cx="${SEAL.cx}" cy="${SEAL.cy}" r="${SEAL.r - 55}" fill="none" stroke="rgb(150,150,150)" stroke-width="4"/>
       <path d="M ${STAR.x} ${STAR.y - 25} L ${STAR.x + 15} ${STAR.y + 20} L ${STAR.x - 22} ${STAR.y - 8} L ${STAR.x + 22} ${STAR.y - 8} L ${STAR.x - 15} ${STAR.y + 20} Z" fill="rgb(140,140,140)"/>`
    : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}">
    <rect width="${WIDTH}" height="${HEIGHT}" fill="rgb(245,245,245)"/>
    ${lines}
    <line x1="${SLASH.x}" y1="${SLASH.y + SLASH.h}" x2="${SLASH.x + SLASH.w}" y2="${SLASH.y}" stroke="rgb(150,150,150)" stroke-width="2"/>
    <rect x="300" y="650" width="70" height="10" fill="rgb(160,160,160)"/>
    <path d="${PEN}" fill="none" stroke="rgb(140,140,140)" stroke-width="3"/>
    ${seal}
  </svg>`;
}

async function greyPixels(withSeal: boolean): Promise<Uint8Array> {
  return new Uint8Array(await sharp(Buffer.from(sheet(withSeal))).grayscale().raw().toBuffer());
}

/** The grey pixels as RGB, each channel the same. */
function threeChannels(grey: Uint8Array): Buffer {
  const rgb = Buffer.alloc(grey.length * 3);
  for (let i = 0; i < grey.length; i++) rgb.fill(grey[i], i * 3, i * 3 + 3);
  return rgb;
}

/** Pixels darker than `below` inside a box. */
function inkIn(grey: Uint8Array, box: { x0: number; y0: number; x1: number; y1: number }, below = 200): number {
  let n = 0;
  for (let y = box.y0; y < box.y1; y++) for (let x = box.x0; x < box.x1; x++) if (grey[y * WIDTH + x] < below) n++;
  return n;
}

// The seal's lower part, below the last line of print its ring crosses (570–584).
const SEAL_BELOW_PRINT = { x0: SEAL.cx - SEAL.r, y0: 600, x1: SEAL.cx + SEAL.r, y1: SEAL.cy + SEAL.r };
const SLASH_BOX = { x0: SLASH.x - 3, y0: SLASH.y - 3, x1: SLASH.x + SLASH.w + 3, y1: SLASH.y + SLASH.h + 3 };
const FAINT_WORD = { x0: 295, y0: 645, x1: 375, y1: 665 };

describe('inkLevels', () => {
  it('finds the paper and a core level between print and the seal', async () => {
    const levels = inkLevels(await greyPixels(true));
    expect(levels?.paper).toBe(245);
    expect(levels?.darkest).toBe(35);
    expect(levels?.core).toBeGreaterThan(35);
    expect(levels?.core).toBeLessThan(135);
  });

  it('gives up on a page with no ink', () => {
    expect(inkLevels(new Uint8Array(10_000).fill(240))).toBeNull();
  });
});

describe('dropLightInk', () => {
  it('clears the seal, star and rings, and leaves print as it was', async () => {
    const before = await greyPixels(true);
    const grey = Uint8Array.from(before);
    expect(inkIn(grey, SEAL_BELOW_PRINT)).toBeGreaterThan(1000);
    expect(dropLightInk(grey, WIDTH, HEIGHT, DPI)).toBeGreaterThan(1000);
    expect(inkIn(grey, SEAL_BELOW_PRINT)).toBe(0);
    const star = { x0: STAR.x - 25, y0: STAR.y - 27, x1: STAR.x + 25, y1: STAR.y + 22 };
    expect(inkIn(before, star)).toBeGreaterThan(500);
    expect(inkIn(grey, star)).toBe(0);
    // Every pixel of print, and the seal where it crosses print, kept.
    for (let i = 0; i < before.length; i++) if (before[i] < 60) expect(grey[i]).toBe(before[i]);
  });

  it('leaves light ink that is not a seal: a thin slash, a faint word, a pen stroke', async () => {
    const before = await greyPixels(true);
    const grey = Uint8Array.from(before);
    dropLightInk(grey, WIDTH, HEIGHT, DPI);
    expect(inkIn(before, SLASH_BOX)).toBeGreaterThan(50);
    expect(inkIn(grey, SLASH_BOX)).toBe(inkIn(before, SLASH_BOX));
    expect(inkIn(grey, FAINT_WORD)).toBe(inkIn(before, FAINT_WORD));
    expect(inkIn(before, PEN_BOX)).toBeGreaterThan(1000);
    expect(inkIn(grey, PEN_BOX)).toBe(inkIn(before, PEN_BOX));
  });

  it('changes nothing on a page without a seal', async () => {
    const before = await greyPixels(false);
    const grey = Uint8Array.from(before);
    expect(dropLightInk(grey, WIDTH, HEIGHT, DPI)).toBe(0);
    expect(Buffer.compare(grey, before)).toBe(0);
  });
});

describe('preprocessPage on pages scanned in grey', () => {
  async function prepared(image: PageImage, lightInk: 'grey' | 'none'): Promise<Uint8Array> {
    const page = await preprocessPage(image, { ...DEFAULT_PREPROCESS, targetDpi: DPI, deskew: false, lightInk });
    return page.data.subarray(page.data.length - page.width * page.height);
  }

  it('drops the seal of a one-channel scan and of a grey scan saved as RGB', async () => {
    const png = await sharp(Buffer.from(sheet(true))).grayscale().png().toBuffer();
    const grey: PageImage = { data: png, encoding: 'png', width: WIDTH, height: HEIGHT, channels: 1, dpi: DPI };
    const rgb: PageImage = { ...grey, data: threeChannels(await greyPixels(true)), encoding: 'raw', channels: 3 };
    expect(inkIn(await prepared(grey, 'none'), SEAL_BELOW_PRINT)).toBeGreaterThan(1000);
    expect(inkIn(await prepared(grey, 'grey'), SEAL_BELOW_PRINT)).toBe(0);
    expect(inkIn(await prepared(rgb, 'grey'), SEAL_BELOW_PRINT)).toBe(0);
  });
});

describe('preprocessPage on colour pages', () => {
  it('leaves them to the colour step by default, and clears a dark red seal that step leaves with lightInk "all"', async () => {
    const darkRed = sheet(true).replaceAll('rgb(135,135,135)', 'rgb(150,30,40)').replaceAll('rgb(150,150,150)" stroke-width="4"', 'rgb(150,30,40)" stroke-width="4"');
    const png = await sharp(Buffer.from(darkRed)).removeAlpha().png().toBuffer();
    const image: PageImage = { data: png, encoding: 'png', width: WIDTH, height: HEIGHT, channels: 3, dpi: DPI };
    const prepared = async (lightInk: 'grey' | 'all') => {
      const page = await preprocessPage(image, { ...DEFAULT_PREPROCESS, targetDpi: DPI, deskew: false, lightInk });
      return page.data.subarray(page.data.length - page.width * page.height);
    };
    expect(inkIn(await prepared('grey'), SEAL_BELOW_PRINT)).toBeGreaterThan(1000);
    expect(inkIn(await prepared('all'), SEAL_BELOW_PRINT)).toBe(0);
  });
});

describe('looksGrey', () => {
  it('tells a grey page saved as RGB from a page with a red seal on it', async () => {
    expect(looksGrey(threeChannels(await greyPixels(true)), 3)).toBe(true);
    const red = sheet(true).replaceAll('rgb(135,135,135)', 'rgb(215,35,45)');
    const colour = await sharp(Buffer.from(red)).removeAlpha().raw().toBuffer();
    expect(looksGrey(colour, 3)).toBe(false);
  });
});
