// A second look at two-column bands. When Tesseract's line finder runs a header or closing row
// across the gutter ("Nơi nhận:" in small italics beside "TM. BAN CHẤP HÀNH" in bold), it
// recognizes both columns as one line at one size and misreads the smaller one. Reading each
// column of such a band on its own fixes that; bands it already read apart cost nothing.
import { median, union } from './_internal/geometry.js';
import { cropPrepared, type PreparedPage } from './preprocess.js';
import { columnBands } from './reading-order.js';
import type { Box, OcrLine, OcrWord } from './types.js';

/** Margin around a column, in word heights: room for accents above and descenders below. */
const PAD_HEIGHTS = 0.4;

/** How a worker reads a prepared page (or a crop of one), in the page segmentation mode asked for. */
export type ReadPage = (page: PreparedPage, psm?: string) => Promise<OcrLine[]>;

/** A rectangle of the page read on its own, its lines and words in page coordinates. */
export async function readRegion(page: PreparedPage, region: Box, read: ReadPage, psm?: string): Promise<OcrLine[]> {
  const dx = Math.max(0, Math.floor(region.x0));
  const dy = Math.max(0, Math.floor(region.y0));
  const move = (b: Box): Box => ({ x0: b.x0 + dx, y0: b.y0 + dy, x1: b.x1 + dx, y1: b.y1 + dy });
  return (await read(cropPrepared(page, region), psm)).map((line) => ({
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
  read: ReadPage,
  options: ColumnPassOptions = {},
): Promise<OcrLine[]> {
  const firstPass = await read(page);
  const mixed = columnBands(firstPass).filter((band) => band.merged);
  if (mixed.length === 0) return firstPass;
  const pad = PAD_HEIGHTS * median(firstPass.flatMap((l) => l.words.map((w) => w.bbox.y1 - w.bbox.y0)));

  // A column is cropped with a margin, which may take in a slice of the line above or below the
  // band (the band's first line often touches the one above it): only words centred within the
  // band's own lines are taken from the crops, and only those give way in the first pass.
  const zones: Box[] = [];
  const reread: OcrLine[] = [];
  for (const band of mixed) {
    const top = Math.min(band.left.y0, band.right.y0);
    const bottom = Math.max(band.left.y1, band.right.y1);
    for (const region of [
      { x0: band.left.x0 - 2 * pad, y0: top - pad, x1: band.gutter, y1: bottom + pad },
      { x0: band.gutter, y0: top - pad, x1: band.right.x1 + 2 * pad, y1: bottom + pad },
    ]) {
      const zone = { ...region, y0: top, y1: bottom };
      zones.push(zone);
      reread.push(...wordsInside(await readRegion(page, region, read, options.cropPsm), (w) => inside(w.bbox, zone)));
    }
  }
  // First-pass words inside a re-read column give way to the column's own reading.
  const kept = wordsInside(firstPass, (w) => !zones.some((zone) => inside(w.bbox, zone)));
  return [...kept, ...reread];
}

/** The lines with only the words `keep` accepts, their text and box made anew; lines left empty dropped. */
function wordsInside(lines: OcrLine[], keep: (word: OcrWord) => boolean): OcrLine[] {
  return lines
    .map((line) => {
      const words = line.words.filter(keep);
      if (words.length === line.words.length) return line;
      return words.length === 0 ? null : { ...line, words, text: words.map((w) => w.text).join(' '), bbox: union(words.map((w) => w.bbox)) };
    })
    .filter((line): line is OcrLine => line !== null);
}
