// Page image → the greyscale image Tesseract reads best: the stamp dropped (by colour, or in grey
// by `light-ink.ts`), skew corrected, resampled to the target resolution, uneven light flattened.
// Each step can be switched off so its effect can be measured.
import sharp from 'sharp';
import type { PageImage } from '../ingest/types.js';
import { dropLightInk } from './light-ink.js';
import { paperLevels } from './paper.js';
import { estimateSkew } from './skew.js';

export interface PreprocessOptions {
  /** Resolution a page scanned finer is resampled down to (and a coarser one up to, with `upsample`). @defaultValue 300 */
  targetDpi: number;
  /**
   * How colour becomes grey: 'max' takes the brightest channel of each pixel, so red stamp ink
   * and blue signature ink turn to paper while black print stays black; 'red' the red channel
   * only (drops red stamps); 'luminance' the usual weighted sum (keeps both). @defaultValue 'max'
   */
  colourToGrey: 'max' | 'red' | 'luminance';
  /**
   * Resample pages scanned below `targetDpi` up to it; false leaves them at their own resolution.
   * Measured on 200 dpi scans (10 development documents, 15 pages): upsampling them to 250 costs
   * more CPU (6–10% per page over mixed 200–300 dpi sets) and reads worse (mean CER 0.96% kept,
   * 1.15% upsampled; 8 of the 10 documents read better kept).
   * @defaultValue false
   */
  upsample: boolean;
  /** Rotate the page straight when its text lines are skewed. @defaultValue true */
  deskew: boolean;
  /**
   * Rotations smaller than this are left to Tesseract's own line finder: measured, it reads pages
   * skewed up to ~1.8° as well straight as rotated (resampling blurs a little), but at 2° its
   * layout analysis starts dropping whole paragraphs (CER 14%; 0.4% deskewed). @defaultValue 0.8
   */
  minRotationDegrees: number;
  /** Divide by the paper's local brightness, so shadows and gradients do not become ink. @defaultValue false */
  flattenLight: boolean;
  /**
   * Fraction of the paper's brightness from which a pixel counts as paper; darker pixels are
   * stretched to the full range. What is left of a stamp ring or a pen stroke after the colour
   * step is mid-grey, print is near black: this clears the first without thinning the second.
   * null leaves the levels alone. @defaultValue 0.85
   */
  whitePoint: number | null;
  /**
   * Where a seal's ink, lighter than print and away from it, becomes paper (`light-ink.ts`):
   * 'grey' on pages that came in grey (one channel, or RGB with no colour ink in it), where colour
   * could not drop the seal; 'all' on every page; 'none' nowhere. Measured on 32 documents scanned
   * in grey (seeds 9000–9015, 9100–9115): mean CER 2.17% → 0.61% and 4.34% → 1.03%.
   * @defaultValue 'grey'
   */
  lightInk: 'grey' | 'all' | 'none';
}

export const DEFAULT_PREPROCESS: PreprocessOptions = {
  targetDpi: 300,
  colourToGrey: 'max',
  upsample: false,
  deskew: true,
  minRotationDegrees: 0.8,
  flattenLight: false,
  whitePoint: 0.85,
  lightInk: 'grey',
};

export interface PreparedPage {
  /** Binary PGM (P5), 8-bit grey: Tesseract's Leptonica reads it without decoding work. */
  data: Buffer;
  width: number;
  height: number;
  /** Resolution of `data`. */
  dpi: number;
  /** Rotation applied, degrees. */
  rotated: number;
}

const A4_LONG_INCHES = 11.69;

/** The page's resolution: as given, or inferred from its size when it looks like an A4 page. */
export function effectiveDpi(image: Pick<PageImage, 'width' | 'height' | 'dpi'>): number | null {
  if (image.dpi && image.dpi >= 50 && image.dpi <= 1200) return image.dpi;
  const long = Math.max(image.width, image.height);
  const ratio = long / Math.min(image.width, image.height);
  return ratio > 1.3 && ratio < 1.5 ? long / A4_LONG_INCHES : null;
}

function input(image: PageImage): sharp.Sharp {
  const options = { limitInputPixels: false as const };
  return image.encoding === 'raw'
    ? sharp(image.data, { ...options, raw: { width: image.width, height: image.height, channels: image.channels } })
    : sharp(image.data, options);
}

function toPgm(grey: Buffer, width: number, height: number): Buffer {
  return Buffer.concat([Buffer.from(`P5\n${width} ${height}\n255\n`, 'ascii'), grey]);
}

/** Median brightness of a greyscale image: the paper, on a text page. */
function paperLevel(grey: Buffer): number {
  const histogram = new Uint32Array(256);
  for (let i = 0; i < grey.length; i += 7) histogram[grey[i]]++;
  const half = Math.ceil(grey.length / 7) / 2;
  let seen = 0;
  for (let v = 0; v < 256; v++) {
    seen += histogram[v];
    if (seen >= half) return v;
  }
  return 255;
}

/**
 * Map [0, whitePoint × paper] onto [0, 255], everything brighter to white. Writes into `out`,
 * which may be `grey` itself.
 */
export function whiten(grey: Buffer, whitePoint: number, out: Buffer = Buffer.allocUnsafe(grey.length)): Buffer {
  const white = Math.max(1, paperLevel(grey) * whitePoint);
  const table = new Uint8Array(256);
  for (let v = 0; v < 256; v++) table[v] = Math.min(255, Math.round((v * 255) / white));
  for (let i = 0; i < grey.length; i++) out[i] = table[grey[i]];
  return out;
}

/** Per pixel, the brightest of its colour channels. */
export function brightestChannel(pixels: Buffer, channels: number): Buffer {
  const out = Buffer.allocUnsafe(pixels.length / channels);
  for (let i = 0, p = 0; i < out.length; i++, p += channels) {
    const r = pixels[p];
    const g = pixels[p + 1];
    const b = pixels[p + 2];
    out[i] = r > g ? (r > b ? r : b) : g > b ? g : b;
  }
  return out;
}

/**
 * True when a colour image has no colour ink in it: a page scanned in grey and saved as RGB, where
 * the brightest channel drops nothing. A red seal or a blue signature covers some 0.3% of a page;
 * this asks for under 0.02%. JPEG's colour noise on grey stays far below the 48 levels between
 * channels counted here.
 */
export function looksGrey(pixels: Buffer, channels: number): boolean {
  let samples = 0;
  let coloured = 0;
  for (let p = 0; p + 2 < pixels.length; p += channels * 7) {
    const r = pixels[p];
    const g = pixels[p + 1];
    const b = pixels[p + 2];
    const high = r > g ? (r > b ? r : b) : g > b ? g : b;
    const low = r < g ? (r < b ? r : b) : g < b ? g : b;
    samples++;
    if (high - low > 48 && low < 200) coloured++;
  }
  return coloured < samples * 0.0002;
}

/** Divide each pixel by the local paper brightness (`paperLevels` of 32-pixel tiles). */
export function flattenLight(grey: Buffer, width: number, height: number): Buffer {
  const tile = 32;
  const { levels, columns: tw, rows: th } = paperLevels(grey, width, height, tile);
  const smooth = levels.map((level) => Math.max(level, 32));
  const out = Buffer.alloc(grey.length);
  for (let y = 0; y < height; y++) {
    const fy = Math.min(th - 1, Math.max(0, (y - tile / 2) / tile));
    const y0 = Math.floor(fy);
    const y1 = Math.min(th - 1, y0 + 1);
    const wy = fy - y0;
    for (let x = 0; x < width; x++) {
      const fx = Math.min(tw - 1, Math.max(0, (x - tile / 2) / tile));
      const x0 = Math.floor(fx);
      const x1 = Math.min(tw - 1, x0 + 1);
      const wx = fx - x0;
      const bg =
        (smooth[y0 * tw + x0] * (1 - wx) + smooth[y0 * tw + x1] * wx) * (1 - wy) +
        (smooth[y1 * tw + x0] * (1 - wx) + smooth[y1 * tw + x1] * wx) * wy;
      const v = (grey[y * width + x] * 255) / bg;
      out[y * width + x] = v > 255 ? 255 : v;
    }
  }
  return out;
}

/** A rectangle of a prepared page as a page of its own (coordinates clamped to the page). */
export function cropPrepared(page: PreparedPage, box: { x0: number; y0: number; x1: number; y1: number }): PreparedPage {
  const x0 = Math.max(0, Math.floor(box.x0));
  const y0 = Math.max(0, Math.floor(box.y0));
  const x1 = Math.min(page.width, Math.ceil(box.x1));
  const y1 = Math.min(page.height, Math.ceil(box.y1));
  const width = Math.max(1, x1 - x0);
  const height = Math.max(1, y1 - y0);
  const pixels = page.data.subarray(page.data.length - page.width * page.height);
  const grey = Buffer.alloc(width * height);
  for (let y = 0; y < height; y++) {
    const from = (y0 + y) * page.width + x0;
    pixels.copy(grey, y * width, from, from + width);
  }
  return { data: toPgm(grey, width, height), width, height, dpi: page.dpi, rotated: page.rotated };
}

/** Prepare one page image for Tesseract. */
export async function preprocessPage(
  image: PageImage,
  options: PreprocessOptions = DEFAULT_PREPROCESS,
): Promise<PreparedPage> {
  let pipeline = input(image);
  const colour = image.channels >= 3;
  if (!colour || options.colourToGrey === 'luminance') pipeline = pipeline.grayscale();
  else if (options.colourToGrey === 'red') pipeline = pipeline.extractChannel('red');
  else pipeline = pipeline.removeAlpha();

  const dpi = effectiveDpi(image);
  let outDpi = dpi ?? options.targetDpi;
  const resample = dpi !== null && Math.abs(dpi - options.targetDpi) / options.targetDpi > 0.05;
  if (dpi !== null && resample && (options.upsample || dpi > options.targetDpi)) {
    const scale = options.targetDpi / dpi;
    pipeline = pipeline.resize({
      width: Math.max(1, Math.round(image.width * scale)),
      height: Math.max(1, Math.round(image.height * scale)),
      kernel: scale < 1 ? 'lanczos3' : 'cubic',
    });
    outDpi = options.targetDpi;
  }
  const { data, info } = await pipeline.raw().toBuffer({ resolveWithObject: true });
  // Came in grey: one channel, or colour channels with no colour ink. A colour page read by its
  // luminance is one channel here but did not come in grey.
  const cameInGrey = !colour || (info.channels >= 3 && looksGrey(data, info.channels));
  const dropInk = options.lightInk === 'all' || (options.lightInk === 'grey' && cameInGrey);
  let grey = info.channels === 1 ? data : brightestChannel(data, info.channels);
  const { width, height } = info;

  if (options.flattenLight) grey = flattenLight(grey, width, height);
  if (dropInk) dropLightInk(grey, width, height, outDpi);
  // In place: `grey` is this function's own buffer (sharp's output or brightestChannel's).
  if (options.whitePoint !== null) grey = whiten(grey, options.whitePoint, grey);

  return straighten(grey, width, height, Math.round(outDpi), options);
}

/** Grey pixels rotated straight when their lines are skewed, as a prepared page. */
async function straighten(
  grey: Buffer,
  width: number,
  height: number,
  dpi: number,
  options: Pick<PreprocessOptions, 'deskew' | 'minRotationDegrees'>,
): Promise<PreparedPage> {
  let rotated = 0;
  if (options.deskew) {
    const angle = estimateSkew(grey, width, height);
    if (Math.abs(angle) >= options.minRotationDegrees) {
      const turned = await sharp(grey, { raw: { width, height, channels: 1 } })
        .rotate(-angle, { background: { r: 255, g: 255, b: 255 } })
        .extractChannel(0)
        .raw()
        .toBuffer({ resolveWithObject: true });
      grey = turned.data;
      width = turned.info.width;
      height = turned.info.height;
      rotated = -angle;
    }
  }
  return { data: toPgm(grey, width, height), width, height, dpi, rotated };
}

/**
 * A prepared page turned clockwise by a quarter or half turn (a page fed into the scanner turned)
 * and, after a quarter turn, straightened again: its skew was measured across lines that ran down the page.
 */
export async function turnPrepared(
  page: PreparedPage,
  turn: 90 | 180 | 270,
  options: Pick<PreprocessOptions, 'deskew' | 'minRotationDegrees'> = DEFAULT_PREPROCESS,
): Promise<PreparedPage> {
  const { width, height } = page;
  const pixels = page.data.subarray(page.data.length - width * height);
  const across = turn === 180 ? width : height;
  const down = turn === 180 ? height : width;
  const grey = Buffer.allocUnsafe(width * height);
  if (turn === 180) {
    for (let i = 0, j = grey.length - 1; j >= 0; i++, j--) grey[i] = pixels[j];
  } else {
    // Clockwise, the source's pixel (x, y) goes to (height - 1 - y, x); anticlockwise to (y, width - 1 - x).
    for (let y = 0; y < height; y++) {
      const row = y * width;
      for (let x = 0; x < width; x++) grey[turn === 90 ? x * across + (height - 1 - y) : (width - 1 - x) * across + y] = pixels[row + x];
    }
  }
  if (turn !== 180) return straighten(grey, across, down, page.dpi, options);
  return { data: toPgm(grey, across, down), width: across, height: down, dpi: page.dpi, rotated: page.rotated };
}
