// The signature block beside the recipients. On a page scanned in grey the signer's pen stroke is
// as dark as print and what is left of a seal crosses the block; Tesseract's page layout may then
// take the whole block for a picture and read none of it: the post ("GIÁM ĐỐC") and the signer's
// name are lost. When the place beside "Nơi nhận:" holds too little text, it is read again as one
// block of text, and what the first reading did not have is added.
import { median, union } from './_internal/geometry.js';
import { readRegion, type ReadPage } from './column-pass.js';
import type { PreparedPage } from './preprocess.js';
import type { Box, OcrLine, OcrWord } from './types.js';

/** "Nơi nhận" as OCR gives it, marks dropped: "Noi nhan", "Nơi nhận", "Nci nhận". */
const RECIPIENTS_LABEL = /^n[a-z]i\s*nh[a-z]n\b/u;
/** Tesseract's mode for one uniform block of text: it reads what its page layout took for a picture. */
const ONE_BLOCK = '6';
/** The block reaches this many line heights above the label (a post in two lines starts higher)... */
const ABOVE_HEIGHTS = 2.5;
/** ...and this many below the last recipient (the signature's room and the name under it). */
const BELOW_HEIGHTS = 9;
/** A signature block read in full has a post and a name: fewer lines than this there is a block lost. */
const MIN_LINES = 2;
/** Words the first reading had, grown by this many word heights: a word of the second within one is the same word. */
const SAME_WORD_HEIGHTS = 0.3;

function plain(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/gu, 'd').toLowerCase();
}

function centreInside(box: Box, region: Box): boolean {
  const cx = (box.x0 + box.x1) / 2;
  const cy = (box.y0 + box.y1) / 2;
  return cx >= region.x0 && cx <= region.x1 && cy >= region.y0 && cy <= region.y1;
}

/** Where the signature block stands: right of the recipients, from the label's row down. */
export function signatureRegion(page: Pick<PreparedPage, 'width' | 'height'>, lines: OcrLine[]): Box | null {
  const label = lines.find((line) => RECIPIENTS_LABEL.test(plain(line.text)) && line.bbox.x0 < 0.4 * page.width);
  if (!label) return null;
  const height = median(lines.flatMap((line) => line.words.map((w) => w.bbox.y1 - w.bbox.y0)));
  // The recipients: the lines below the label that start where it does.
  const recipients = lines.filter((line) => line.bbox.y0 >= label.bbox.y0 && Math.abs(line.bbox.x0 - label.bbox.x0) < 2 * height);
  const list = union(recipients.map((line) => line.bbox));
  const region = {
    x0: Math.max(list.x1 + height, 0.45 * page.width),
    y0: Math.max(0, label.bbox.y0 - ABOVE_HEIGHTS * height),
    x1: page.width - height,
    y1: Math.min(page.height, list.y1 + BELOW_HEIGHTS * height),
  };
  return region.x1 - region.x0 > 4 * height ? region : null;
}

/**
 * The page's lines with the signature block beside the recipients read again as one block when the
 * first reading has fewer than two lines there; only words the first reading lacks are added.
 */
export async function withSignatureBlock(page: PreparedPage, lines: OcrLine[], read: ReadPage): Promise<OcrLine[]> {
  const region = signatureRegion(page, lines);
  if (!region) return lines;
  const height = median(lines.flatMap((line) => line.words.map((w) => w.bbox.y1 - w.bbox.y0)));
  // Lines of the block start in it: the body's last line, which runs into it from the margin, is no part of it.
  const inBlock = lines.filter((line) => line.bbox.x0 >= region.x0 - height && centreInside(line.bbox, region));
  if (inBlock.length >= MIN_LINES) return lines;
  const grow = SAME_WORD_HEIGHTS * height;
  const had = lines.flatMap((line) => line.words.map((w) => ({ x0: w.bbox.x0 - grow, y0: w.bbox.y0 - grow, x1: w.bbox.x1 + grow, y1: w.bbox.y1 + grow })));
  const added: OcrLine[] = [];
  for (const line of await readRegion(page, region, read, ONE_BLOCK)) {
    // Misread beats dropped: the junk filter has had its say, confidence is not asked again.
    const words: OcrWord[] = line.words.filter((w) => !had.some((box) => centreInside(w.bbox, box)));
    if (words.length === 0) continue;
    added.push({
      text: words.map((w) => w.text).join(' '),
      confidence: words.reduce((sum, w) => sum + w.confidence, 0) / words.length,
      bbox: union(words.map((w) => w.bbox)),
      words,
    });
  }
  return added.length ? [...lines, ...added] : lines;
}
