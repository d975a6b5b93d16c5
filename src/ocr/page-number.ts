// The page number printed alone atop the pages after the first (Decree 30 sets it centred in
// the top margin). Tesseract's page layout drops so small and lone a mark as noise; here the
// strip above the text is looked at, and a mark there read on its own as one line.
import { median, union } from './_internal/geometry.js';
import { readRegion, type ReadPage } from './column-pass.js';
import type { PreparedPage } from './preprocess.js';
import type { Box, OcrLine } from './types.js';

/** The strip looked at: this many line heights above the first line of text... */
const STRIP_HEIGHTS = 4;
/** ...within this share of the page's width either side of its centre. */
const STRIP_HALF_WIDTH = 0.15;
/** A pixel darker than this is ink. */
const INK = 128;
/** A mark's height must be within these many line heights to be a number of the text's size... */
const MARK_HEIGHTS = [0.4, 1.6] as const;
/** ...and its width at most this many: "12" or "- 3 -", not a rule. */
const MAX_MARK_WIDTH_HEIGHTS = 3.5;
/** Fewer ink pixels than this in the strip are specks. */
const MIN_INK_PIXELS = 20;
/** Tesseract's mode for a single line of text. */
const SINGLE_LINE = '7';
const PAGE_NUMBER = /^[-–—]?\s*\d{1,3}\s*[-–—]?$/u;

/** The box of the ink within `box` of the page's grey pixels, or null when there are only specks. */
function inkBox(page: PreparedPage, box: Box): Box | null {
  const pixels = page.data.subarray(page.data.length - page.width * page.height);
  let count = 0;
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (let y = Math.max(0, Math.floor(box.y0)); y < Math.min(page.height, Math.ceil(box.y1)); y++) {
    for (let x = Math.max(0, Math.floor(box.x0)); x < Math.min(page.width, Math.ceil(box.x1)); x++) {
      if (pixels[y * page.width + x] >= INK) continue;
      count++;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
  }
  return count < MIN_INK_PIXELS ? null : { x0, y0, x1: x1 + 1, y1: y1 + 1 };
}

/**
 * The page's lines with the page number printed above the text added as a line of its own,
 * when the engine left it out: a lone mark of the text's size centred in the strip above the
 * first line, which `read` (one line of text) reads as a number. The lines as they were otherwise.
 */
export async function withPageNumber(
  page: PreparedPage,
  lines: OcrLine[],
  read: ReadPage,
): Promise<OcrLine[]> {
  const words = lines.flatMap((line) => line.words);
  if (words.length === 0) return lines;
  const height = median(words.map((w) => w.bbox.y1 - w.bbox.y0));
  const top = Math.min(...lines.map((line) => line.bbox.y0));
  const centre = page.width / 2;
  const strip = { x0: centre - STRIP_HALF_WIDTH * page.width, y0: top - STRIP_HEIGHTS * height, x1: centre + STRIP_HALF_WIDTH * page.width, y1: top - 0.1 * height };
  if (strip.y1 <= 0) return lines;
  const mark = inkBox(page, strip);
  if (!mark) return lines;
  const markHeight = mark.y1 - mark.y0;
  if (markHeight < MARK_HEIGHTS[0] * height || markHeight > MARK_HEIGHTS[1] * height || mark.x1 - mark.x0 > MAX_MARK_WIDTH_HEIGHTS * height) return lines;
  const pad = 0.5 * height;
  const region = { x0: mark.x0 - pad, y0: mark.y0 - pad, x1: mark.x1 + pad, y1: mark.y1 + pad };
  const found = (await readRegion(page, region, read, SINGLE_LINE)).flatMap((line) => line.words);
  const text = found.map((w) => w.text).join(' ');
  if (!PAGE_NUMBER.test(text)) return lines;
  const confidence = found.reduce((sum, w) => sum + w.confidence, 0) / found.length;
  return [{ text, confidence, bbox: union(found.map((w) => w.bbox)), words: found }, ...lines];
}
