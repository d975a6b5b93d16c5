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

const ROWS = [120, 170, 220, 270, 320, 420, 470, 520, 570];

interface SheetOptions {
  /** Tops of the lines of print. @defaultValue ROWS */
  rows?: number[];
  /** More SVG, drawn over the print. */
  extra?: string;
}

function sheet(withSeal: boolean, { rows = ROWS, extra = '' }: SheetOptions = {}): string {
  const lines = rows.map((y) => `<rect x="80" y="${y}" width="840" height="14" fill="rgb(35,35,35)"/>`).join('');
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
    ${extra}
  </svg>`;
}

async function greyPixels(withSeal: boolean, options: SheetOptions = {}): Promise<Uint8Array> {
  return new Uint8Array(await sharp(Buffer.from(sheet(withSeal, options))).grayscale().raw().toBuffer());
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

  it('clears a seal under uneven light, where the shaded paper is as dark as light ink', async () => {
    // A band of shade across the sheet, down to 78% of the paper, over the seal's top: against
    // the page's paper the shade is light ink, one with the seal and far too wide.
    const shade = `<defs><linearGradient id="shade" x1="0" y1="0" x2="0" y2="1">
        <stop offset="0" stop-color="black" stop-opacity="0"/><stop offset="0.55" stop-color="black" stop-opacity="0.22"/>
        <stop offset="1" stop-color="black" stop-opacity="0"/>
      </linearGradient></defs><rect y="150" width="${WIDTH}" height="410" fill="url(#shade)"/>`;
    const before = await greyPixels(true, { extra: shade });
    const grey = Uint8Array.from(before);
    expect(inkIn(grey, SEAL_BELOW_PRINT)).toBeGreaterThan(1000);
    dropLightInk(grey, WIDTH, HEIGHT, DPI);
    // Light ink is lighter than 90% of the paper where it lies: in the shade, the ring's blurred
    // edge is about as light as that, so ink is counted from a darker level.
    expect(inkIn(grey, SEAL_BELOW_PRINT, 180)).toBe(0);
    // The seal's ring in the shade, between two lines of print, too; the shaded paper itself is
    // left as it was.
    const sealTop = { x0: SEAL.cx - 110, y0: 438, x1: SEAL.cx - 60, y1: 450 };
    expect(inkIn(before, sealTop, 180)).toBeGreaterThan(100);
    expect(inkIn(grey, sealTop, 180)).toBe(0);
    const shadedPaper = { x0: 0, y0: 340, x1: 60, y1: 410 };
    expect(inkIn(grey, shadedPaper, 230)).toBe(inkIn(before, shadedPaper, 230));
    expect(inkIn(before, shadedPaper, 230)).toBeGreaterThan(4000);
  });

  it('clears a seal that a band of print cuts in two, each half too flat to be a seal alone', async () => {
    const rows = [120, 170, 220, SEAL.cy - 10, SEAL.cy + 2];
    const before = await greyPixels(true, { rows });
    const grey = Uint8Array.from(before);
    dropLightInk(grey, WIDTH, HEIGHT, DPI);
    const above = { x0: SEAL.cx - SEAL.r, y0: SEAL.cy - SEAL.r, x1: SEAL.cx + SEAL.r, y1: SEAL.cy - 30 };
    const below = { x0: SEAL.cx - SEAL.r, y0: SEAL.cy + 30, x1: SEAL.cx + SEAL.r, y1: SEAL.cy + SEAL.r };
    expect(inkIn(before, above)).toBeGreaterThan(1000);
    expect(inkIn(grey, above)).toBe(0);
    expect(inkIn(before, below)).toBeGreaterThan(1000);
    expect(inkIn(grey, below)).toBe(0);
  });

  it('leaves light specks spread over a seal-sized patch (small print at 200 dpi), too sparse for a seal', async () => {
    // Short grey dashes, 2 mm apart in staggered rows: close enough to join, one tile in eight.
    const dashes: string[] = [];
    for (let row = 0; row < 9; row++) {
      for (let x = 100 + (row % 2) * 32; x < 400; x += 64) dashes.push(`<rect x="${x}" y="${700 + row * 32}" width="6" height="3" fill="rgb(150,150,150)"/>`);
    }
    const before = await greyPixels(false, { rows: ROWS.slice(0, 5), extra: dashes.join('') });
    const grey = Uint8Array.from(before);
    const patch = { x0: 95, y0: 695, x1: 440, y1: 1000 };
    expect(inkIn(before, patch)).toBeGreaterThan(500);
    dropLightInk(grey, WIDTH, HEIGHT, DPI);
    expect(inkIn(grey, patch)).toBe(inkIn(before, patch));
  });

  it('leaves small print whose thin strokes are light ink: a seal\'s size and fill, but little ink in each tile', async () => {
    // A short grey dash in every 2-mm tile of a 30-mm patch: 7% of each tile, where a seal's
    // broad strokes fill a quarter and more.
    const dashes: string[] = [];
    for (let y = 600; y < 840; y += 16) for (let x = 640; x < 880; x += 16) dashes.push(`<rect x="${x}" y="${y}" width="6" height="3" fill="rgb(150,150,150)"/>`);
    const before = await greyPixels(false, { rows: ROWS.slice(0, 5), extra: dashes.join('') });
    const grey = Uint8Array.from(before);
    const patch = { x0: 635, y0: 595, x1: 885, y1: 845 };
    expect(inkIn(before, patch)).toBeGreaterThan(2000);
    dropLightInk(grey, WIDTH, HEIGHT, DPI);
    expect(inkIn(grey, patch)).toBe(inkIn(before, patch));
  });

  it('clears a seal with specks of small print beside it, and leaves the specks further off', async () => {
    // Specks from the seal's side to the left margin, each close enough to the next to join: the
    // seal gathers those within a seal's size, not the whole chain.
    const dashes: string[] = [];
    for (let row = 0; row < 14; row++) {
      for (let x = 100 + (row % 2) * 32; x < 480; x += 64) dashes.push(`<rect x="${x}" y="${580 + row * 30}" width="6" height="3" fill="rgb(150,150,150)"/>`);
    }
    const before = await greyPixels(true, { extra: dashes.join('') });
    const grey = Uint8Array.from(before);
    dropLightInk(grey, WIDTH, HEIGHT, DPI);
    expect(inkIn(grey, SEAL_BELOW_PRINT)).toBe(0);
    const farSpecks = { x0: 95, y0: 575, x1: 300, y1: 1000 };
    expect(inkIn(before, farSpecks)).toBeGreaterThan(300);
    expect(inkIn(grey, farSpecks)).toBe(inkIn(before, farSpecks));
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
