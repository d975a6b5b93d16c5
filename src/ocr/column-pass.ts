// A second look at two-column bands. When Tesseract's line finder runs a header or closing row
// across the gutter ("Nơi nhận:" in small italics beside "TM. BAN CHẤP HÀNH" in bold), it
// recognizes both columns as one line at one size and misreads the smaller one. Reading each
// column of such a band on its own fixes that; bands it already read apart cost nothing.
import { median } from './_internal/geometry.js';
import { cropPrepared, type PreparedPage } from './preprocess.js';
import { columnBands } from './reading-order.js';
import type { Box, OcrLine } from './types.js';

/** Margin around a column, in word heights: room for accents above and descenders below. */
const PAD_HEIGHTS = 0.4;

function offsetLines(lines: OcrLine[], dx: number, dy: number): OcrLine[] {
  const move = (b: Box): Box => ({ x0: b.x0 + dx, y0: b.y0 + dy, x1: b.x1 + dx, y1: b.y1 + dy });
  return lines.map((line) => ({
    ...line,
    bbox: move(line.bbox),
    words: line.words.map((w) => ({ ...w, bbox: move(w.bbox) })),
  }));
}

function inside(box: Box, region: Box): boolean {
  const cx = (box.x0 + box.x1) / 2;
  const cy = (box.y0 + box.y1) / 2;
  return cx >= region.x0 && cx <= region.x1 && cy >= region.y0 && cy <= region.y1;
}

export interface ColumnPassOptions {
  /** Page segmentation mode for the column crops; undefined keeps the worker's own. */
  cropPsm?: string;
}

/** Read the page; read again, column by column, each two-column band the first pass mixed. */
export async function readWithColumns(
  page: PreparedPage,
  read: (page: PreparedPage, psm?: string) => Promise<OcrLine[]>,
  options: ColumnPassOptions = {},
): Promise<OcrLine[]> {
  const firstPass = await read(page);
  const mixed = columnBands(firstPass).filter((band) => band.merged);
  if (mixed.length === 0) return firstPass;
  const pad = PAD_HEIGHTS * median(firstPass.flatMap((l) => l.words.map((w) => w.bbox.y1 - w.bbox.y0)));

  const regions: Box[] = [];
  const reread: OcrLine[] = [];
  for (const band of mixed) {
    const y0 = Math.min(band.left.y0, band.right.y0) - pad;
    const y1 = Math.max(band.left.y1, band.right.y1) + pad;
    for (const region of [
      { x0: band.left.x0 - 2 * pad, y0, x1: band.gutter, y1 },
      { x0: band.gutter, y0, x1: band.right.x1 + 2 * pad, y1 },
    ]) {
      const crop = cropPrepared(page, region);
      const dx = Math.max(0, Math.floor(region.x0));
      const dy = Math.max(0, Math.floor(region.y0));
      regions.push(region);
      reread.push(...offsetLines(await read(crop, options.cropPsm), dx, dy));
    }
  }
  // First-pass words inside a re-read column give way to the column's own reading.
  const kept = firstPass
    .map((line) => ({ ...line, words: line.words.filter((w) => !regions.some((r) => inside(w.bbox, r))) }))
    .filter((line) => line.words.length > 0)
    .map((line) => ({ ...line, text: line.words.map((w) => w.text).join(' ') }));
  return [...kept, ...reread];
}
